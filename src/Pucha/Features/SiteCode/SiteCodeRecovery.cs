using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pucha.Core.Census;
using Pucha.Core.Websites;
using Pucha.Data;
using Pucha.Data.Census;

namespace Pucha.Features.SiteCode;

/// <summary>
/// 「标识码找回」 (渝府办发〔2015〕52号 附件1): a site named by its homepage (or by its name and unit) whose
/// registered 负责人 or 联系人 e-mail is the one given gets a new 校验码 and its 网站标识码 by mail,
/// through the outbox, to the registered addresses only. The caller learns nothing: the same answer,
/// and the same work (one 校验码 hash), whether or not anything matched.
/// </summary>
public sealed class SiteCodeRecovery(PuchaDbContext db, CensusReviewStore reviews, IOptions<CensusOptions> census)
{
    /// <summary>Sites with the same name under the same unit are few; more than this is not a lookup but a scan.</summary>
    private const int MaxCandidates = 20;

    public const string Answer = "申请已受理。如果填写的信息与登记信息一致，网站标识码和新的校验码将发送到该网站登记的负责人和联系人电子邮箱，请注意查收。旧的校验码随即失效。";

    /// <summary>Per-field Chinese messages for a request that cannot be looked up at all (the same for any site).</summary>
    public static Dictionary<string, string> Check(SiteCodeRecoveryRequest request)
    {
        var errors = new Dictionary<string, string>();
        var email = request.Email?.Trim() ?? "";
        if (email.Length == 0 || email.Length > SiteCodeRecoveryRequest.MaxLength || !email.Contains('@'))
            errors[nameof(request.Email)] = "请填写网站登记的负责人或联系人电子邮箱。";
        var url = request.HomepageUrl?.Trim() ?? "";
        if (url.Length > 0)
        {
            if (HomepageUrls.Check(url) is { } problem)
                errors[nameof(request.HomepageUrl)] = problem;
        }
        else if (string.IsNullOrWhiteSpace(request.Name) || string.IsNullOrWhiteSpace(request.Unit))
        {
            errors[nameof(request.HomepageUrl)] = "请填写网站首页网址，或同时填写网站名称和填报单位（网站主管单位）。";
        }
        else if (request.Name.Trim().Length > WebsiteLimits.LongText || request.Unit.Trim().Length > WebsiteLimits.LongText)
        {
            errors[nameof(request.Name)] = $"网站名称和填报单位均不能超过{WebsiteLimits.LongText}个字。";
        }

        return errors;
    }

    /// <summary>The per-site rate-limit key of a checked request: what it names, normalized.</summary>
    public static string SiteKey(SiteCodeRecoveryRequest request) =>
        request.HomepageUrl?.Trim() is { Length: > 0 } url
            ? "url:" + HomepageUrls.Normalize(url)
            : "name:" + request.Name!.Trim() + "\n" + request.Unit!.Trim();

    /// <summary>Re-sends the codes of every matching site; returns how many (never shown to the requester).</summary>
    public async Task<int> RecoverAsync(SiteCodeRecoveryRequest request, CancellationToken cancellation)
    {
        var email = request.Email!.Trim();
        var sites = db.Websites.AsNoTracking().Where(w => w.SiteCode != null);
        if (request.HomepageUrl?.Trim() is { Length: > 0 } url)
        {
            var normalized = HomepageUrls.Normalize(url);
            sites = sites.Where(w => w.NormalizedHomepageUrl == normalized);
        }
        else
        {
            var name = request.Name!.Trim();
            var unit = request.Unit!.Trim();
            sites = sites.Where(w => w.Name == name
                && (w.SupervisingUnit == unit || db.Organizations.Any(o => o.Id == w.OrganizationId && o.Name == unit)));
        }

        var candidates = await sites.Take(MaxCandidates)
            .Select(w => new { w.Id, w.ManagerEmail, w.ContactEmail })
            .ToListAsync(cancellation);
        var matching = candidates
            .Where(c => string.Equals(c.ManagerEmail.Trim(), email, StringComparison.OrdinalIgnoreCase)
                || string.Equals(c.ContactEmail.Trim(), email, StringComparison.OrdinalIgnoreCase))
            .Select(c => c.Id)
            .ToList();

        var sent = 0;
        foreach (var id in matching)
        {
            if (await reviews.ResendCodesAsync(id, cancellation))
                sent++;
        }

        if (sent == 0)
        {
            // The work a match costs (hashing a new 校验码), so the response time tells nothing either.
            _ = CheckCodeHasher.Hash(CheckCode.Generate(), census.Value.CheckCodeHashIterations);
        }

        return sent;
    }
}
