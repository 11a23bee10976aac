using Pucha.Inspection.Analysis.Compatibility;

namespace Pucha.Inspection.Tests.Analysis;

public class CompatibilityCheckTests
{
    private static List<string?> Kinds(string body) =>
        new CompatibilityCheck().Check(Html.Page($"<html><body>{body}</body></html>")).Select(f => (string?)f.Evidence["kind"]).ToList();

    [Fact]
    public void Reports_activex_vbscript_and_ie_only_prompts()
    {
        var body = """
            <object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000"></object>
            <script language="VBScript">MsgBox "hi"</script>
            <p>为获得最佳浏览效果，请使用IE浏览器访问本站。</p>
            """;
        Assert.Equal([CompatibilityCheck.ActiveX, CompatibilityCheck.VbScript, CompatibilityCheck.IeOnlyPrompt], Kinds(body));
    }

    [Theory]
    [InlineData("<p>建议使用IE8及以上版本浏览器</p>")]
    [InlineData("<p>本系统仅支持IE浏览器</p>")]
    [InlineData("<p>请使用ＩＥ浏览器</p>")]
    [InlineData("<p>请使用 Internet Explorer 11 浏览器</p>")]
    [InlineData("<p>建议使用微软浏览器</p>")]
    [InlineData("<p>只能在IE内核下使用</p>")]
    public void Recognizes_prompt_wordings(string body) => Assert.Equal([CompatibilityCheck.IeOnlyPrompt], Kinds(body));

    [Fact]
    public void Feature_detection_fallbacks_and_ordinary_pages_are_fine()
    {
        var body = """
            <script>var x = window.XMLHttpRequest ? new XMLHttpRequest() : new ActiveXObject("Microsoft.XMLHTTP");</script>
            <object type="application/pdf" data="a.pdf"></object>
            <p>支持 Chrome、Edge、Firefox 等浏览器。</p>
            """;
        Assert.Empty(Kinds(body));
    }

    [RealPagesFact]
    public void A_list_of_supported_browsers_is_not_an_ie_only_prompt()
    {
        var page = new Pucha.Inspection.Analysis.PageContext(new Uri("http://www.pingtan.gov.cn/bszn_38264.html"), RealPages.Load("pingtan/bszn_38264.html"),
            Pucha.Inspection.Analysis.PageKind.ServiceGuide, Pucha.Inspection.Analysis.SiteProfile.For(new Uri("http://www.pingtan.gov.cn/")), new DateOnly(2022, 12, 1));
        Assert.Empty(new CompatibilityCheck().Check(page));
    }
}
