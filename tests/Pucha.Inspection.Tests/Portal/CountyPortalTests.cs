using Pucha.Inspection.Analysis.Lexicon;
using Pucha.Inspection.Findings;
using Pucha.Inspection.Tests.Support;

namespace Pucha.Inspection.Tests.Portal;

/// <summary>The whole inspection of the test county portal finds exactly its planted defects.</summary>
public sealed class CountyPortalTests
{
    private static async Task<InspectionOutcome> InspectAsync(CountyPortal portal) =>
        await Inspector.RunAsync(TestInspection.Options(portal.Homepage, o => o with
        {
            Resolve = portal.Resolve,
            Lexicon = LexiconDictionary.Parse(new StringReader(CountyPortal.Dictionary), "test.txt"),
        }));

    [Fact]
    public async Task The_inspection_finds_exactly_the_planted_defects()
    {
        await using var portal = await CountyPortal.StartAsync();

        var outcome = await InspectAsync(portal);

        Assert.True(outcome.HomepageReached);
        var found = outcome.Report.Findings.Select(f => $"{f.Check} {f.Url}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(portal.Expected, found);
    }

    [Fact]
    public async Task Findings_carry_the_documented_evidence()
    {
        await using var portal = await CountyPortal.StartAsync();

        var findings = (await InspectAsync(portal)).Report.Findings;

        var homeBroken = findings.Single(f => f.Check == CheckIds.BrokenLink && f.Url == portal.U("/xxgk/gzdt/2024/missing.html"));
        Assert.Equal(true, homeBroken.Evidence["onHomepage"]);
        Assert.Equal(404, homeBroken.Evidence["status"]);
        Assert.Contains(portal.Homepage.AbsoluteUri, (string[])homeBroken.Evidence["foundOn"]!);

        var soft = findings.Single(f => f.Url == portal.U("/xxgk/tzgg/old.html"));
        Assert.Equal(200, soft.Evidence["status"]);
        Assert.Equal("soft-404", soft.Evidence["errorCode"]);

        var refused = findings.Single(f => f.Url == "http://10.0.0.9/internal.html");
        Assert.Contains("不允许访问内网地址", (string)refused.Evidence["error"]!);

        var stale = findings.Single(f => f.Check == CheckIds.ColumnUpdate);
        Assert.Equal("通知公告", stale.Evidence["column"]);
        Assert.Equal(new DateOnly(2023, 10, 1), stale.Evidence["newest"]);
        Assert.Equal(183, stale.Evidence["limitDays"]);

        Assert.Equal("规划计划", findings.Single(f => f.Check == CheckIds.EmptyColumn).Evidence["column"]);
        Assert.Equal(["police-record"], (IEnumerable<string>)findings.Single(f => f.Check == CheckIds.SiteIdentity).Evidence["missing"]!);
        Assert.Equal(["ContentSource"], (IEnumerable<string>)findings.Single(f => f.Check == CheckIds.PageLabels).Evidence["missing"]!);

        var unanswered = findings.Single(f => f.Check == CheckIds.Interaction && f.Evidence.ContainsKey("unanswered"));
        Assert.Equal(new DateOnly(2024, 1, 10), unanswered.Evidence["posted"]);
        Assert.Equal(Severity.Veto, unanswered.Severity);

        var lexicon = findings.Single(f => f.Check == CheckIds.Lexicon);
        Assert.Equal(CountyPortal.WrongTerm, lexicon.Evidence["term"]);
        Assert.Equal("中华人民共和国", lexicon.Evidence["suggestion"]);

        var hidden = findings.Single(f => f.Check == CheckIds.HiddenLink);
        Assert.Contains(CountyPortal.SpamHost, (string)hidden.Evidence["target"]!);
    }

    [Fact]
    public async Task The_report_names_the_site_from_its_homepage()
    {
        await using var portal = await CountyPortal.StartAsync();

        var report = (await InspectAsync(portal)).Report;

        Assert.Equal("某某县人民政府", report.Site.Name);
        Assert.Equal("4301240001", report.Site.SiteCode);
        Assert.True(report.Homepage.Ok);
        Assert.True(report.Stats.Pages >= 30);
    }
}
