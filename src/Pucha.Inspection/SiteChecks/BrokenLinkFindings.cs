using Pucha.Inspection.Crawling;
using Pucha.Inspection.Fetching;
using Pucha.Inspection.Findings;

namespace Pucha.Inspection.SiteChecks;

/// <summary>One finding per broken link target, listing every page it is on and whether the homepage is one.</summary>
internal static class BrokenLinkFindings
{
    /// <summary>Pages listed per target at most; the full count is in "foundOnCount".</summary>
    public const int MaxFoundOnListed = 1000;

    public static IEnumerable<Finding> From(IEnumerable<LinkTarget> targets)
    {
        foreach (var target in targets)
        {
            if (!target.IsBroken || target.FoundOn.Count == 0)
                continue;
            var failure = target.Failure!;
            var foundOn = target.FoundOn;
            var evidence = new Dictionary<string, object?>
            {
                ["target"] = target.Url.AbsoluteUri,
                ["foundOn"] = foundOn.Take(MaxFoundOnListed).Select(u => u.AbsoluteUri).ToArray(),
                ["foundOnCount"] = foundOn.Count,
                ["onHomepage"] = target.OnHomepage,
                ["external"] = !target.InScope,
            };
            if (target.Status is { } status)
                evidence["status"] = status;
            if (failure.Kind != FetchFailureKind.HttpStatus)
            {
                evidence["error"] = failure.Message;
                evidence["errorCode"] = failure.Code;
            }
            var where = target.OnHomepage ? "首页" : "页面";
            var message = $"{where}链接无法访问：{target.Url.AbsoluteUri}（{failure.Message}），出现在{foundOn.Count}个页面";
            yield return new Finding(CheckIds.BrokenLink, target.OnHomepage ? Severity.Error : Severity.Warning, message, target.Url.AbsoluteUri, evidence);
        }
    }

    /// <summary>One finding per malformed reference (an address no browser can open), on the pages that hold it.</summary>
    public static IEnumerable<Finding> FromMalformed(IReadOnlyDictionary<string, MalformedTarget> malformed)
    {
        foreach (var link in malformed.Values.OrderBy(l => l.Reference, StringComparer.Ordinal))
        {
            var foundOn = link.FoundOn;
            if (foundOn.Count == 0)
                continue;
            var evidence = new Dictionary<string, object?>
            {
                ["reference"] = link.Reference,
                ["foundOn"] = foundOn.Take(MaxFoundOnListed).Select(u => u.AbsoluteUri).ToArray(),
                ["foundOnCount"] = foundOn.Count,
                ["onHomepage"] = link.OnHomepage,
                ["error"] = link.Reason,
                ["errorCode"] = "malformed-url",
            };
            var where = link.OnHomepage ? "首页" : "页面";
            var message = $"{where}链接地址无效：{link.Reference}（{link.Reason}），出现在{foundOn.Count}个页面";
            yield return new Finding(CheckIds.BrokenLink, link.OnHomepage ? Severity.Error : Severity.Warning, message, foundOn[0].AbsoluteUri, evidence);
        }
    }
}
