using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.Census;

/// <summary>The census pages driven as a browser would post them: submit, approve, return, rename; and the mail they cause.</summary>
internal static partial class CensusSteps
{
    /// <summary>The version the desk (or the submission page) shows for a site: what a person acts on.</summary>
    public static async Task<int> ShownVersionAsync(PlatformClient client, int site, string page = "/Census/Review?pageSize=100")
    {
        var html = await client.GetPageAsync(page);
        var row = RowPattern().Matches(html).FirstOrDefault(m => m.Groups["id"].Value == site.ToString())
            ?? throw new InvalidOperationException($"site {site} is not on {page}");
        return int.Parse(VersionPattern().Match(row.Value).Groups[1].Value);
    }

    /// <summary>Posts a desk action with the given version and returns the page it redirects to (with its message).</summary>
    public static async Task<string> DeskActionAsync(PlatformClient client, string handler, int site, int version, params (string Name, string Value)[] fields)
    {
        var form = new List<KeyValuePair<string, string>> { new("id", site.ToString()), new("version", version.ToString()), new("returnTo", "/Census/Review") };
        form.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        using var response = await client.SubmitFormAsync("/Census/Review", form, $"/Census/Review?handler={handler}");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{handler} {site}: {(int)response.StatusCode}");
        return await client.GetPageAsync(response.Headers.Location!.OriginalString);
    }

    /// <summary>The unit's 提交 (or 重新提交) on its 填报与提交 page; returns the page after it.</summary>
    public static async Task<string> SubmitAsync(PlatformClient unit, int site)
    {
        var page = $"/Census/Submit/{site}";
        var html = await unit.GetPageAsync(page);
        var version = VersionPattern().Match(html).Groups[1].Value;
        using var response = await unit.SubmitFormAsync(page, [new("version", version)], $"{page}?handler=Submit");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"submit {site}: {(int)response.StatusCode}");
        return await unit.GetPageAsync(page);
    }

    /// <summary>Submits and approves at county, city and province: the site gets its 网站标识码.</summary>
    public static async Task ApproveAllTheWayAsync(SampleTree tree, int site)
    {
        Assert.Contains("已提交", await SubmitAsync(tree.Clients[Roles.Reporter], site));
        foreach (var role in new[] { Roles.County, Roles.City, Roles.Province })
        {
            var reviewer = tree.Clients[role];
            var page = await DeskActionAsync(reviewer, "Approve", site, await ShownVersionAsync(reviewer, site));
            Assert.Contains("已审核通过", page);
        }
    }

    /// <summary>The decoded text of a message captured by aiosmtpd (UTF-8, base64 body).</summary>
    public static string Body(string raw)
    {
        var body = raw[(raw.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];
        return Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))));
    }

    /// <summary>Waits (up to 30 s) until the server has received <paramref name="count"/> messages.</summary>
    internal static async Task<IReadOnlyList<string>> WaitForMailAsync(SmtpTestServer smtp, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var messages = smtp.Messages();
            if (messages.Count >= count || DateTime.UtcNow > deadline)
                return messages;
            await Task.Delay(100);
        }
    }

    /// <summary>(网站标识码, 校验码) from the text of the notification.</summary>
    public static (string SiteCode, string CheckCode) Codes(string body)
    {
        var siteCode = SiteCodeLine().Match(body);
        var checkCode = CheckCodeLine().Match(body);
        Assert.True(siteCode.Success && checkCode.Success, "no codes in: " + body);
        return (siteCode.Groups[1].Value, checkCode.Groups[1].Value);
    }

    [GeneratedRegex("<tr data-site=\"(?<id>\\d+)\">.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionPattern();

    [GeneratedRegex("网站标识码：(\\S+)")]
    private static partial Regex SiteCodeLine();

    [GeneratedRegex("校验码：(\\S+)")]
    private static partial Regex CheckCodeLine();
}
