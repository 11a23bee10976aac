using AngleSharp.Html.Parser;
using Pucha.Core.Scoring;
using Pucha.Inspection.Analysis;
using SiteProfile = Pucha.Inspection.Analysis.SiteProfile;
using Pucha.Inspection.Analysis.Identity;
using Pucha.Inspection.Analysis.Interaction;
using Pucha.Inspection.Analysis.Labels;
using Pucha.Inspection.Analysis.Pages;
using Pucha.Inspection.Findings;
using Pucha.Inspection.SiteChecks;
using Pucha.Features.Scoring;

namespace Pucha.Tests.Scoring;

/// <summary>
/// Findings made by the engine's real checks on small pages, scored through the indicator sets:
/// the evidence names the checks emit are the ones the sets' selectors read.
/// </summary>
public class EngineEvidenceScoringTests
{
    private static readonly DateOnly AsOf = new(2024, 6, 14);
    private static readonly Uri Home = new("http://www.example.gov.cn/");
    private static readonly SiteProfile Site = new(Home, null, "示例县人民政府", ["www.example.gov.cn"]);

    private static List<Finding> RunOnPages(IPageCheck check, string html, PageKind kind, params string[] urls)
    {
        var parser = new HtmlParser();
        var findings = new List<Finding>();
        foreach (var url in urls)
        {
            using var document = parser.ParseDocument(html);
            findings.AddRange(check.Check(new PageContext(new Uri(url), document, kind, Site, AsOf)));
        }
        return PageFindingAggregator.Merge(findings, Home).ToList();
    }

    private static IndicatorScore Indicator(ScoreSheet sheet, string id) => sheet.Items.Single(i => i.Id == id);

    [Fact]
    public void Article_pages_without_labels_cost_a_tenth_each_under_the_2019_labels_indicator()
    {
        var findings = RunOnPages(new PageLabelsCheck(), "<html><head><title>通知</title></head><body><p>正文</p></body></html>",
            PageKind.Article, "http://www.example.gov.cn/art/1.html", "http://www.example.gov.cn/art/2.html", "http://www.example.gov.cn/art/3.html");

        var labels = Indicator(InspectionScoring.Score(findings, "2019", AsOf), "page-labels");
        Assert.Equal(0.3m, labels.Deducted);
        Assert.Equal("article-pages", Assert.Single(labels.Lines).RuleId);
    }

    [Fact]
    public void Column_pages_without_labels_fall_under_the_column_pages_rule()
    {
        var findings = RunOnPages(new PageLabelsCheck(), "<html><head><title>栏目</title></head><body></body></html>",
            PageKind.Column, "http://www.example.gov.cn/col/1/");

        var labels = Indicator(InspectionScoring.Score(findings, "2019", AsOf), "page-labels");
        Assert.Equal(0.1m, labels.Deducted);
        Assert.Equal("column-pages", Assert.Single(labels.Lines).RuleId);
    }

    [Fact]
    public void A_template_without_the_error_report_entry_costs_the_homepage_point()
    {
        var html = "<html><head><title>示例县人民政府</title></head><body><div class=\"footer\">主办单位</div></body></html>";
        var onHomepage = RunOnPages(new ErrorReportEntryCheck(), html, PageKind.Home, Home.AbsoluteUri);
        var onOtherPages = RunOnPages(new ErrorReportEntryCheck(), html, PageKind.Article,
            "http://www.example.gov.cn/art/1.html", "http://www.example.gov.cn/art/2.html");

        var home = Indicator(InspectionScoring.Score(onHomepage, "2019", AsOf), "error-report-entry");
        Assert.Equal(1m, home.Deducted);
        Assert.Equal("homepage", Assert.Single(home.Lines).RuleId);

        // Two pages of one template: one merged finding, counted per page (每发现一处 0.2).
        var other = Indicator(InspectionScoring.Score(onOtherPages, "2019", AsOf), "error-report-entry");
        Assert.Equal(0.4m, other.Deducted);
        Assert.Equal("other-pages", Assert.Single(other.Lines).RuleId);
    }

    [Fact]
    public void Domain_and_header_problems_each_cost_a_point()
    {
        var site = Site with { Homepage = new Uri("http://www.example.com/") };
        using var homepage = new HtmlParser().ParseDocument("<html><head><title>首页</title></head><body><p>欢迎</p></body></html>");
        var findings = DomainNameRules.Evaluate(site, homepage, isPortal: true);

        var domain = Indicator(InspectionScoring.Score(findings, "2019", AsOf), "domain-name");
        Assert.Equal(2m, domain.Deducted);
        Assert.Equal(["domain", "header"], domain.Lines.Select(l => l.RuleId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_message_unanswered_for_four_months_is_a_veto_in_2019_and_2015()
    {
        var board = new MessageBoard([new MessageEntry("咨询社保办理", null, AsOf.AddMonths(-4), null, false, null)]);
        var findings = new InteractionCheck().Evaluate(board, "http://www.example.gov.cn/hd/", AsOf, errorReportBoard: false)
            .Where(f => f.Severity == Severity.Veto).ToList();
        Assert.Single(findings);

        var sheet2019 = InspectionScoring.Score(findings, "2019", AsOf);
        Assert.False(sheet2019.Qualified);
        Assert.Contains(sheet2019.Vetoes, v => v.Id == "poor-interaction");
        var sheet2015 = InspectionScoring.Score(findings, "2015", AsOf);
        Assert.Contains(sheet2015.Vetoes, v => v.Id == "poor-response");
    }

    [Fact]
    public void An_unanswered_message_on_the_error_report_board_is_not_the_interaction_veto()
    {
        var board = new MessageBoard([new MessageEntry("网页链接错误", null, AsOf.AddMonths(-4), null, false, null)]);
        var findings = new InteractionCheck().Evaluate(board, "http://www.example.gov.cn/jiucuo/", AsOf, errorReportBoard: true)
            .Where(f => f.Severity == Severity.Veto).ToList();
        Assert.Single(findings);

        // 互动回应差 excludes 找错 messages; 4 months unanswered counts under the 找错 replies indicator instead.
        var sheet = InspectionScoring.Score(findings, "2019", AsOf);
        Assert.Empty(sheet.Vetoes);
        Assert.True(Indicator(sheet, "error-report-replies").Deducted > 0);
    }

    [Fact]
    public void A_late_reply_on_the_error_report_board_costs_under_error_report_replies_only()
    {
        var posted = new DateOnly(2024, 5, 6);
        var board = new MessageBoard([new MessageEntry("网页链接错误", null, posted, posted.AddDays(14), true, "县政府办")]);
        var findings = new InteractionCheck().Evaluate(board, "http://www.example.gov.cn/jiucuo/", AsOf, errorReportBoard: true).ToList();
        Assert.Contains(findings, f => Equals(f.Evidence.GetValueOrDefault("channel"), "error-report"));

        var sheet = InspectionScoring.Score(findings, "2019", AsOf);
        Assert.True(Indicator(sheet, "error-report-replies").Deducted > 0);
        Assert.Empty(sheet.Vetoes);
    }
}
