using Pucha.Inspection.Analysis;
using Pucha.Inspection.Analysis.Identity;
using Pucha.Inspection.Findings;

namespace Pucha.Inspection.Tests.Analysis;

public class SiteIdentityTests
{
    private const string FullFooter = """
        <div class="footer">
          <a href="http://bszs.conac.cn/sitename?method=show&id=1"><img src="/images/red.png"></a>
          <script id="_jiucuo_" sitecode="1100000088" src="http://example.org/exposure/jiucuo.js"></script>
          <p>主办单位：北京市某区人民政府办公室 承办单位：某区大数据中心</p>
          <p>联系电话：010-12345678 网站标识码：1100000088</p>
          <p>京ICP备05060933号-1 京公网安备 11010502000001号</p>
        </div>
        """;

    [Theory]
    [InlineData("版权所有 某市人民政府 地址：某路1号")]
    [InlineData("网站标识码1100000088 地址：某路1号")]
    [InlineData("京公网安备 11010502000001号 地址：某路1号")]
    [InlineData("© 2019 某市人民政府 地址：某路1号")]
    [InlineData("COPYRIGHT 2019 某市人民政府 地址：某路1号")]
    [InlineData("copyright 2019 某市人民政府 地址：某路1号")]
    [InlineData("京icp备05060933号 地址：某路1号")]
    public void Each_footer_marker_in_any_case_makes_its_block_the_footer(string marker)
    {
        var footer = SiteIdentityExtractor.FooterText(Html.Parse($"<body><div><p>正文</p></div><div><span>{marker}</span></div></body>"));
        Assert.Equal(marker, footer.Trim());
    }

    [Theory]
    [InlineData("版权 所有 某市人民政府")]
    [InlineData("公网 安备 某市人民政府")]
    [InlineData("Copy right 2019 ICP 备")]
    [InlineData("网站 公开 版面")]
    [InlineData("京ıCP备05060933号")] // ignoring case is ordinal: the dotless ı is not an i
    public void Text_without_a_whole_marker_is_no_footer(string text) =>
        Assert.Equal(string.Empty, SiteIdentityExtractor.FooterText(Html.Parse($"<body><div><p>正文</p></div><div><span>{text}</span></div></body>")));

    [Fact]
    public void Reads_every_identity_item_from_a_footer()
    {
        var identity = SiteIdentityExtractor.Extract(Html.Parse($"<body><p>正文</p>{FullFooter}</body>"));
        Assert.Equal(new SiteIdentity(true, "1100000088", "京ICP备05060933号-1", "11010502000001", "北京市某区人民政府办公室", "010-12345678"), identity);
    }

    [Fact]
    public void A_complete_footer_has_no_findings_and_a_mismatched_site_code_is_an_error()
    {
        var html = $"<body>{FullFooter}</body>";
        Assert.Empty(new SiteIdentityCheck().Check(Html.Page(html)));

        var site = SiteProfile.For(Html.Home, expectedSiteCode: "1100000099");
        var finding = Assert.Single(new SiteIdentityCheck().Check(Html.Page(html, site: site)));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("1100000099", finding.Evidence["expectedSiteCode"]);
    }

    [Fact]
    public void Lists_what_is_missing()
    {
        var page = Html.Page("<body><div class='footer'>版权所有：某市人民政府 京ICP备05060933号</div></body>");
        var finding = Assert.Single(new SiteIdentityCheck().Check(page));
        Assert.Equal(CheckIds.SiteIdentity, finding.Check);
        Assert.Equal(new[] { "conac-badge", "site-code", "police-record", "sponsor", "contact" }, finding.Evidence["missing"]);
        Assert.Equal("京ICP备05060933号", finding.Evidence["icp"]);
    }

    [Fact]
    public void Body_phone_numbers_and_event_sponsors_are_not_the_sites()
    {
        var html = """
            <body><div class="content"><p>本次活动由市文联联合主办。主办单位：某协会。咨询电话：010-87654321。</p></div>
            <div class="footer">版权所有 某市人民政府</div></body>
            """;
        var identity = SiteIdentityExtractor.Extract(Html.Parse(html));
        Assert.Null(identity.Sponsor);
        Assert.Null(identity.Contact);
    }

    [Fact]
    public void Items_written_by_inline_scripts_count_but_meta_and_comments_do_not()
    {
        var html = """
            <html><head><meta name="SiteIDCode" content="4400000131">
            <script>var foot = '<div class="foot">主办：广东省人民政府办公厅 网站标识码4400000131' +
            '<p>邮箱：service@example.gov.cn</p></div>';</script></head>
            <body><!-- 网站标识码：9999999999 --><div id="footerAnchor"></div>
            <script>document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='http://dcs.conac.cn/js/1.js'%3E%3C/script%3E"));</script>
            </body></html>
            """;
        var identity = SiteIdentityExtractor.Extract(Html.Parse(html));
        Assert.Equal("4400000131", identity.SiteCode);
        Assert.Equal("广东省人民政府办公厅", identity.Sponsor);
        Assert.Equal("service@example.gov.cn", identity.Contact);
        Assert.True(identity.ConacBadge);
    }

    [Fact]
    public void Site_code_only_in_meta_is_not_shown() =>
        Assert.Null(SiteIdentityExtractor.Extract(Html.Parse("<html><head><meta name='SiteIDCode' content='2110000015'></head><body><div id='footer'></div></body></html>")).SiteCode);

    [RealPagesTheory]
    [MemberData(nameof(AllPages))]
    public void Matches_what_a_reader_sees_on_real_pages(string path)
    {
        var row = RealPages.Row(path);
        var identity = SiteIdentityExtractor.Extract(RealPages.Load(path));
        Assert.Equal(row["site_code"], identity.SiteCode ?? "none");
        Assert.Equal(string.Concat(row["icp"].Where(c => !char.IsWhiteSpace(c))), identity.Icp ?? "none");
        Assert.Equal(row["police"], identity.PoliceRecord ?? "none");
        Assert.Equal(row["conac"], identity.ConacBadge ? "yes" : "no");
        Assert.Equal(row["sponsor"], identity.Sponsor ?? "none");
        Assert.Equal(row["contact"], identity.Contact is null ? "no" : "yes");
    }

    public static IEnumerable<object[]> AllPages() => RealPages.Paths();
}
