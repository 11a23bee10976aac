using Pucha.Inspection.Findings;

namespace Pucha.Inspection.Analysis.Identity;

/// <summary>
/// 网站标识 in the footer of every page (2019: −0.5 for each missing item): 党政机关网站标识,
/// 网站标识码, ICP备案编号, 公安机关备案标识, 网站主办单位, 联系方式. One finding lists what is
/// missing (evidence <c>missing</c>: conac-badge, site-code, icp, police-record, sponsor, contact,
/// plus the values found); a 网站标识码 other than the registry's is a separate error.
/// </summary>
internal sealed class SiteIdentityCheck : IPageCheck
{
    public const string ConacBadge = "conac-badge";
    public const string SiteCode = "site-code";
    public const string Icp = "icp";
    public const string PoliceRecord = "police-record";
    public const string Sponsor = "sponsor";
    public const string Contact = "contact";

    private static readonly Dictionary<string, string> ChineseNames = new()
    {
        [ConacBadge] = "党政机关网站标识",
        [SiteCode] = "网站标识码",
        [Icp] = "ICP备案编号",
        [PoliceRecord] = "公安机关备案标识",
        [Sponsor] = "网站主办单位",
        [Contact] = "联系方式",
    };

    public IEnumerable<Finding> Check(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var identity = SiteIdentityExtractor.Extract(page.Document);
        return Judge(identity, page.Site, page.Url.ToString());
    }

    /// <summary>Findings for an identity already read (the engine may read it once per page).</summary>
    public static IReadOnlyList<Finding> Judge(SiteIdentity identity, SiteProfile site, string? url)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(site);
        var missing = new List<string>();
        if (!identity.ConacBadge)
        {
            missing.Add(ConacBadge);
        }

        if (identity.SiteCode is null)
        {
            missing.Add(SiteCode);
        }

        if (identity.Icp is null)
        {
            missing.Add(Icp);
        }

        if (identity.PoliceRecord is null)
        {
            missing.Add(PoliceRecord);
        }

        if (identity.Sponsor is null)
        {
            missing.Add(Sponsor);
        }

        if (identity.Contact is null)
        {
            missing.Add(Contact);
        }

        var findings = new List<Finding>();
        if (missing.Count > 0)
        {
            findings.Add(new Finding(
                CheckIds.SiteIdentity,
                Severity.Warning,
                "页面缺少网站标识信息：" + string.Join("、", missing.Select(m => ChineseNames[m])),
                url,
                Evidence(identity, missing)));
        }

        if (identity.SiteCode is { } shown && site.ExpectedSiteCode is { Length: > 0 } expected
            && !string.Equals(shown, expected.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            var evidence = Evidence(identity, missing);
            evidence["expectedSiteCode"] = expected.Trim();
            findings.Add(new Finding(
                CheckIds.SiteIdentity,
                Severity.Error,
                $"页面显示的网站标识码「{shown}」与登记的「{expected.Trim()}」不一致",
                url,
                evidence));
        }

        return findings;
    }

    private static Dictionary<string, object?> Evidence(SiteIdentity identity, List<string> missing) => new()
    {
        ["missing"] = missing.ToArray(),
        ["conacBadge"] = identity.ConacBadge,
        ["siteCode"] = identity.SiteCode,
        ["icp"] = identity.Icp,
        ["policeRecord"] = identity.PoliceRecord,
        ["sponsor"] = identity.Sponsor,
        ["contact"] = identity.Contact,
    };
}
