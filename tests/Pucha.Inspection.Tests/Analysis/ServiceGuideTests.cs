using Pucha.Inspection.Analysis;
using Pucha.Inspection.Analysis.Services;
using Pucha.Inspection.Findings;

namespace Pucha.Inspection.Tests.Analysis;

public class ServiceGuideTests
{
    private const string CompleteGuide = """
        <h1>城市道路占用挖掘审批办事指南</h1>
        <table>
        <tr><td>事项名称</td><td>城市道路占用挖掘审批</td></tr>
        <tr><td>法律依据</td><td>《城市道路管理条例》第三十条</td></tr>
        <tr><td>受理条件</td><td>因工程建设需要占用道路的单位</td></tr>
        <tr><td>申请材料</td><td>1.申请书原件1份（纸质）；2.施工图复印件2份</td></tr>
        <tr><td>办理地点</td><td>市政务服务中心二楼</td></tr>
        <tr><td>实施机关</td><td>市城市管理局</td></tr>
        <tr><td>收费标准</td><td>不收费</td></tr>
        <tr><td>承诺时限</td><td>5个工作日</td></tr>
        <tr><td>咨询电话</td><td>0591-12345678</td></tr>
        <tr><td>办理流程</td><td>申请—受理—审核—决定</td></tr>
        </table>
        <a href="/files/sqs.doc">城市道路占用挖掘申请书下载</a>
        <a href="http://zwfw.example.gov.cn/apply?id=1">在线办理</a>
        """;

    [Fact]
    public void A_complete_guide_has_no_findings_and_lists_its_links()
    {
        var page = Html.Page($"<html><body>{CompleteGuide}</body></html>", PageKind.ServiceGuide);
        var analysis = ServiceGuideAnalyzer.Analyze(page.Document, page.Url);
        Assert.Empty(analysis.Missing);
        Assert.Empty(analysis.Vague);
        Assert.Empty(analysis.MaterialsWithoutFormat);
        Assert.Empty(analysis.FormsNotDownloadable);
        Assert.Equal([new Uri("http://www.example.gov.cn/files/sqs.doc")], analysis.FormLinks);
        Assert.Equal([new Uri("http://zwfw.example.gov.cn/apply?id=1")], analysis.OnlineSystemLinks);
        Assert.Empty(new ServiceGuideCheck().Check(page));
    }

    [Fact]
    public void Reports_missing_elements_vague_materials_and_forms_without_download()
    {
        var html = """
            <html><body><h1>某事项办事指南</h1>
            <p>事项名称：某某登记</p><p>申请条件：符合规定</p>
            <p>办理材料：1.《企业变更登记申请表》；2.相关材料；3.其他材料</p>
            <p>办理时间：工作日</p></body></html>
            """;
        var findings = new ServiceGuideCheck().Check(Html.Page(html, PageKind.ServiceGuide)).ToList();
        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Equal(CheckIds.ServiceGuide, f.Check));
        var evidence = findings[0].Evidence;
        Assert.Equal(new[] { "设定依据", "办理地点", "办理机构", "收费标准", "联系电话", "办理流程" }, evidence["missing"]);
        Assert.Equal(new[] { "其他材料", "相关材料" }, evidence["vague"]);
        Assert.Equal(new[] { "原件/复印件", "份数", "纸质/电子" }, evidence["materialsWithoutFormat"]);
        Assert.Equal(new[] { "《企业变更登记申请表》" }, evidence["formsNotDownloadable"]);
    }

    [Fact]
    public void Only_service_guide_pages_are_judged() =>
        Assert.Empty(new ServiceGuideCheck().Check(Html.Page("<body><p>新闻</p></body>", PageKind.Article)));

    [RealPagesFact]
    public void The_real_attachment_only_guide_is_recognized()
    {
        var document = RealPages.Load("pingtan/bszn_38264.html");
        var analysis = ServiceGuideAnalyzer.Analyze(document, new Uri("http://www.pingtan.gov.cn/bszn_38264.html"));
        Assert.True(analysis.AttachmentOnly);
        Assert.Contains(analysis.FormLinks, u => u.AbsolutePath.EndsWith(".xls", StringComparison.OrdinalIgnoreCase));
    }
}
