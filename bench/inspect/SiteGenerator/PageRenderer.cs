using System.Text;
using static Pucha.Bench.SiteGenerator.Vocabulary;

namespace Pucha.Bench.SiteGenerator;

/// <summary>
/// Writes a planned page as the HTML a county-level CMS produces: header and navigation, breadcrumb,
/// content, 相关阅读 and 热点信息 lists, and the footer identity block (主办单位, 网站标识码, ICP备案,
/// 公安备案, the 党政机关 badge and the 「我为政府网站找错」 entry). Every internal link is a
/// root-relative path; external links point at hosts under .invalid, which resolve nowhere.
/// </summary>
internal sealed class PageRenderer(SitePlan plan, Random random)
{
    private const string ErrorReportUrl = "https://zhaocuo.gov.invalid/exposure/jiucuo.html?site_code=" + SiteIdCode;
    private readonly ChineseText text = new(random);
    private readonly List<Page> allItems = plan.Items.Values.SelectMany(i => i).ToList();

    public string Render(Page page)
    {
        var html = new StringBuilder(24 * 1024);
        // Whole-page size target: 7–20 KB as served (UTF-8; GBK pages come out a third smaller).
        var targetBytes = random.Next(7 * 1024, 20 * 1024);
        Head(html, page);
        Header(html, page);
        var chromeBytes = html.Length * 2 + 3000;
        var textBytes = Math.Max(1500, targetBytes - chromeBytes);
        html.Append("<div class=\"main\">\n");
        switch (page.Kind)
        {
            case PageKind.Home: HomeBody(html); break;
            case PageKind.ColumnList: ListBody(html, page, textBytes); break;
            case PageKind.Message: MessageBody(html, page, textBytes); break;
            case PageKind.ServiceGuide: GuideBody(html, page, textBytes); break;
            case PageKind.Survey: SurveyBody(html, page, textBytes); break;
            case PageKind.SoftNotFound: SoftNotFoundBody(html); break;
            case PageKind.Slow: SlowBody(html, page); break;
            case PageKind.Static: StaticBody(html, page, textBytes); break;
            default: ArticleBody(html, page, textBytes); break;
        }

        Injected(html, page);
        if (page.Kind is PageKind.Article or PageKind.Message or PageKind.Survey or PageKind.ServiceGuide)
        {
            Related(html, page);
        }

        html.Append("</div>\n");
        if (page.Kind is not (PageKind.SoftNotFound or PageKind.Home))
        {
            Side(html);
        }

        Footer(html, page);
        return html.ToString();
    }

    private void Head(StringBuilder html, Page page)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n")
            .Append("<meta charset=\"").Append(page.Gbk ? "gbk" : "utf-8").Append("\">\n")
            .Append("<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">\n")
            .Append("<title>").Append(page.Title).Append('_').Append(SiteName).Append("</title>\n");
        if (!page.MissingLabels && page.Kind != PageKind.SoftNotFound)
        {
            Meta(html, "SiteName", SiteName);
            Meta(html, "SiteDomain", SiteDomain);
            Meta(html, "SiteIDCode", SiteIdCode);
            if (page.Kind == PageKind.ColumnList)
            {
                var column = page.Column!;
                Meta(html, "ColumnName", column.Name);
                Meta(html, "ColumnDescription", $"{SiteName}{column.Name}栏目，发布{City}{column.Name}相关信息。");
                Meta(html, "ColumnKeywords", $"{column.Name},{City},政府信息公开");
                Meta(html, "ColumnType", column.ColumnType);
            }
            else if (page.Kind is PageKind.Article or PageKind.Message or PageKind.ServiceGuide or PageKind.Survey)
            {
                Meta(html, "ArticleTitle", page.Title);
                Meta(html, "PubDate", page.Date.ToString("yyyy-MM-dd") + " 09:30");
                Meta(html, "ContentSource", text.ContentSource());
            }
        }

        html.Append("<link rel=\"stylesheet\" href=\"/css/main.css\">\n")
            .Append("<script src=\"/js/common.js\"></script>\n</head>\n<body>\n");
    }

    private static void Meta(StringBuilder html, string name, string content) =>
        html.Append("<meta name=\"").Append(name).Append("\" content=\"").Append(content).Append("\">\n");

    private static void Header(StringBuilder html, Page page)
    {
        html.Append("<div class=\"header\"><a href=\"/\"><img src=\"/images/logo.png\" alt=\"").Append(SiteName)
            .Append("\"></a><h1 class=\"site-name\">").Append(SiteName).Append("</h1>\n")
            .Append("<form class=\"search\" action=\"/search/index.html\" method=\"get\"><input type=\"text\" name=\"q\" placeholder=\"请输入关键词\"><button type=\"submit\">搜索</button></form></div>\n")
            .Append("<ul class=\"nav\"><li><a href=\"/\">首页</a></li>");
        foreach (var column in Column.All.Where(c => c.InNavigation))
        {
            html.Append("<li><a href=\"").Append(column.ListPath(1)).Append("\">").Append(column.Name).Append("</a></li>");
        }

        html.Append("</ul>\n");
        if (page.Column is { } current && page.Kind != PageKind.SoftNotFound)
        {
            html.Append("<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"").Append(current.ListPath(1))
                .Append("\">").Append(current.Name).Append("</a></div>\n");
        }
    }

    private void HomeBody(StringBuilder html)
    {
        html.Append("<div class=\"banner\"><img src=\"/images/banner.png\" alt=\"").Append(City).Append("\"></div>\n");
        foreach (var column in Column.All.Where(c => c.Kind is not (ColumnKind.Archive or ColumnKind.Empty)))
        {
            html.Append("<div class=\"block\"><h2><a href=\"").Append(column.ListPath(1)).Append("\">").Append(column.Name)
                .Append("</a></h2><ul>\n");
            foreach (var item in plan.Items[column].Take(8))
            {
                DatedItem(html, item);
            }

            html.Append("</ul></div>\n");
        }

        html.Append("<div class=\"block\"><h2>办事服务</h2><ul>\n");
        foreach (var slow in plan.SlowPages)
        {
            html.Append("<li><a href=\"").Append(slow.Path).Append("\">").Append(slow.Title).Append("</a></li>\n");
        }

        html.Append("<li><a href=\"").Append(Column.All.Single(c => c.Kind == ColumnKind.Empty).ListPath(1)).Append("\">专题专栏</a></li>\n")
            .Append("</ul></div>\n");
    }

    private static void DatedItem(StringBuilder html, Page item) =>
        html.Append("<li><a href=\"").Append(item.Path).Append("\" title=\"").Append(item.Title).Append("\">")
            .Append(item.Title).Append("</a><span class=\"date\">").Append(item.Date.ToString("yyyy-MM-dd")).Append("</span></li>\n");

    private void ListBody(StringBuilder html, Page page, int textBytes)
    {
        var column = page.Column!;
        var items = plan.Items[column];
        var lists = plan.Lists[column];
        html.Append("<div class=\"column-intro\">");
        text.Paragraphs(html, page.Date, textBytes / 2, clauses: false);
        html.Append("</div>\n");
        var pageItems = items.Skip((page.Index - 1) * SitePlan.ItemsPerListPage).Take(SitePlan.ItemsPerListPage).ToList();
        if (pageItems.Count == 0)
        {
            html.Append("<div class=\"list\"><p class=\"empty\">暂无信息</p></div>\n");
            return;
        }

        if (column.Kind == ColumnKind.Messages)
        {
            html.Append("<table class=\"list\"><tr><th>序号</th><th>留言标题</th><th>留言时间</th><th>答复单位</th><th>答复时间</th><th>状态</th></tr>\n");
            foreach (var item in pageItems)
            {
                var (replied, replyDate, unit) = MessageReply(item);
                html.Append("<tr><td>").Append(item.Index + 1).Append("</td><td><a href=\"").Append(item.Path).Append("\">")
                    .Append(item.Title).Append("</a></td><td>").Append(item.Date.ToString("yyyy-MM-dd")).Append("</td><td>")
                    .Append(replied ? unit : "").Append("</td><td>").Append(replied ? replyDate.ToString("yyyy-MM-dd") : "")
                    .Append("</td><td>").Append(replied ? "已答复" : "未答复").Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }
        else
        {
            html.Append("<ul class=\"list\">\n");
            foreach (var item in pageItems)
            {
                DatedItem(html, item);
            }

            html.Append("</ul>\n");
        }

        // Pager as such CMSs print it: 首页 上一页 下一页 尾页, and the numbers around the current page.
        html.Append("<div class=\"pager\">共").Append(items.Count).Append("条 ");
        PagerLink(html, lists[0].Path, "首页");
        if (page.Index > 1)
        {
            PagerLink(html, lists[page.Index - 2].Path, "上一页");
        }

        for (var n = Math.Max(1, page.Index - 2); n <= Math.Min(lists.Count, page.Index + 2); n++)
        {
            if (n != page.Index)
            {
                PagerLink(html, lists[n - 1].Path, n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        if (page.Index < lists.Count)
        {
            PagerLink(html, lists[page.Index].Path, "下一页");
        }

        PagerLink(html, lists[^1].Path, "尾页");
        html.Append("</div>\n");
    }

    private static void PagerLink(StringBuilder html, string path, string label) =>
        html.Append("<a href=\"").Append(path).Append("\">").Append(label).Append("</a> ");

    private void ArticleBody(StringBuilder html, Page page, int textBytes)
    {
        html.Append("<div class=\"article\"><h2 class=\"title\">").Append(page.Title).Append("</h2>\n")
            .Append("<div class=\"info\">发布时间：").Append(page.Date.ToString("yyyy-MM-dd")).Append("　来源：")
            .Append(text.ContentSource()).Append("　浏览次数：").Append(random.Next(20, 5000)).Append("</div>\n")
            .Append("<div class=\"content\">\n");
        var clauses = page.Column!.Kind is ColumnKind.Policy or ColumnKind.Plan;
        text.Paragraphs(html, page.Date, textBytes / 3, clauses);
        foreach (var image in page.Images)
        {
            html.Append("<p class=\"image\"><img src=\"").Append(image).Append("\" alt=\"").Append(page.Title).Append("\"></p>\n");
        }

        text.Paragraphs(html, page.Date, textBytes * 2 / 3, clauses);
        html.Append("</div>\n");
        AttachmentList(html, page);
        html.Append("</div>\n");
    }

    private void AttachmentList(StringBuilder html, Page page)
    {
        if (page.Attachments.Count == 0)
        {
            return;
        }

        html.Append("<div class=\"attachments\"><p>附件：</p><ul>\n");
        for (var i = 0; i < page.Attachments.Count; i++)
        {
            var path = page.Attachments[i];
            html.Append("<li><a href=\"").Append(path).Append("\">").Append(i + 1).Append('.').Append(text.Topic())
                .Append("相关材料").Append(Path.GetExtension(path)).Append("</a></li>\n");
        }

        html.Append("</ul></div>\n");
    }

    private (bool Replied, DateOnly ReplyDate, string Unit) MessageReply(Page message)
    {
        // Deterministic per message, so list and detail pages agree: one in seven stays unanswered.
        var replied = message.Index % 7 != 3;
        var replyDate = message.Date.AddDays(1 + message.Index % 12);
        var unit = Departments[message.Index % Departments.Length];
        return (replied, replyDate, unit);
    }

    private void MessageBody(StringBuilder html, Page page, int textBytes)
    {
        var (replied, replyDate, unit) = MessageReply(page);
        html.Append("<div class=\"message\"><h2 class=\"title\">").Append(page.Title).Append("</h2>\n<table>\n")
            .Append("<tr><th>留言标题</th><td>").Append(page.Title).Append("</td></tr>\n")
            .Append("<tr><th>留言人</th><td>").Append(text.PersonName()[0]).Append("先生</td></tr>\n")
            .Append("<tr><th>留言时间</th><td>").Append(page.Date.ToString("yyyy-MM-dd")).Append("</td></tr>\n")
            .Append("<tr><th>留言内容</th><td>").Append(text.Message()).Append("</td></tr>\n");
        if (replied)
        {
            html.Append("<tr><th>答复单位</th><td>").Append(unit).Append("</td></tr>\n")
                .Append("<tr><th>答复时间</th><td>").Append(replyDate.ToString("yyyy-MM-dd")).Append("</td></tr>\n")
                .Append("<tr><th>答复内容</th><td>").Append(text.Reply());
            text.Paragraphs(html, replyDate, textBytes, clauses: false);
            html.Append("</td></tr>\n");
        }
        else
        {
            html.Append("<tr><th>状态</th><td>未答复</td></tr>\n");
        }

        html.Append("</table></div>\n");
    }

    private void GuideBody(StringBuilder html, Page page, int textBytes)
    {
        var matter = page.Title.Replace("办事指南", "", StringComparison.Ordinal);
        // Some guides lack elements, word their materials vaguely or omit their format: the
        // 办事指南 check must find those.
        var incomplete = page.Index % 4 == 1;
        var vague = page.Index % 3 == 2;
        html.Append("<div class=\"guide\"><h2 class=\"title\">").Append(page.Title).Append("</h2>\n<table>\n");
        Row(html, "事项名称", matter);
        Row(html, "设定依据", $"《{City}{text.Topic()}管理条例》第{random.Next(3, 40)}条");
        Row(html, "申请条件", $"符合{text.Topic()}有关规定的公民、法人或者其他组织。");
        var materials = new StringBuilder();
        for (var i = 0; i < 4; i++)
        {
            materials.Append(i + 1).Append('.').Append(text.Material());
            materials.Append(vague && i == 3 ? "及其他材料" : i % 2 == 0 ? "（原件1份，复印件2份）" : "（原件1份）").Append("；");
        }

        if (page.Attachments.Count > 0)
        {
            materials.Append("申请表请<a href=\"").Append(page.Attachments[0]).Append("\">点击下载</a>。");
        }
        else
        {
            materials.Append("申请表可到窗口领取。");
        }

        Row(html, "办理材料", materials.ToString());
        Row(html, "办理地点", $"{Address}一楼{random.Next(1, 40)}号窗口");
        Row(html, "办理机构", text.Department());
        if (!incomplete)
        {
            Row(html, "收费标准", "不收费");
            Row(html, "办理时间", "周一至周五（法定节假日除外）上午9:00-12:00，下午13:30-17:00");
        }

        Row(html, "联系电话", $"0871-661{random.Next(10000, 99999)}");
        var process = new StringBuilder("申请→受理→审查→决定→送达。");
        var slow = plan.SlowPages[0];
        process.Append("也可通过<a href=\"").Append(slow.Path).Append("\">").Append(slow.Title).Append("</a>在线申请。");
        Row(html, "办理流程", process.ToString());
        html.Append("</table>\n<div class=\"content\">");
        text.Paragraphs(html, page.Date, textBytes, clauses: false);
        html.Append("</div></div>\n");
    }

    private static void Row(StringBuilder html, string name, string value) =>
        html.Append("<tr><th>").Append(name).Append("</th><td>").Append(value).Append("</td></tr>\n");

    private void SurveyBody(StringBuilder html, Page page, int textBytes)
    {
        html.Append("<div class=\"survey\"><h2 class=\"title\">").Append(page.Title).Append("</h2>\n")
            .Append("<div class=\"info\">征集时间：").Append(page.Date.ToString("yyyy-MM-dd")).Append(" 至 ")
            .Append(page.Date.AddDays(30).ToString("yyyy-MM-dd")).Append("　征集单位：").Append(text.Department()).Append("</div>\n")
            .Append("<div class=\"content\">");
        text.Paragraphs(html, page.Date, textBytes, clauses: false);
        html.Append("<p>意见建议可发送电子邮件至").Append(Email).Append("，或邮寄至").Append(Address).Append("。</p></div></div>\n");
    }

    private static void SoftNotFoundBody(StringBuilder html) =>
        html.Append("<div class=\"error-page\"><h2>页面不存在</h2><p>抱歉，您访问的页面不存在或已被删除！</p>")
            .Append("<p><a href=\"/\">返回首页</a></p></div>\n");

    private static void SlowBody(StringBuilder html, Page page) =>
        html.Append("<div class=\"system\"><h2>").Append(page.Title).Append("</h2><p>请使用统一身份认证账号登录后办理。</p></div>\n");

    private void StaticBody(StringBuilder html, Page page, int textBytes)
    {
        html.Append("<div class=\"static\"><h2>").Append(page.Title).Append("</h2>\n");
        if (page.Path == "/sitemap.html")
        {
            html.Append("<ul>\n");
            foreach (var column in Column.All)
            {
                html.Append("<li><a href=\"").Append(column.ListPath(1)).Append("\">").Append(column.Name).Append("</a></li>\n");
            }

            html.Append("</ul>\n");
        }
        else if (page.Path == "/contact.html")
        {
            html.Append("<p>主办单位：").Append(Host).Append("</p><p>地址：").Append(Address).Append("</p><p>联系电话：")
                .Append(Phone).Append("</p><p>电子邮箱：").Append(Email).Append("</p>\n");
        }

        text.Paragraphs(html, page.Date, textBytes, clauses: false);
        html.Append("</div>\n");
    }

    private static void Injected(StringBuilder html, Page page)
    {
        if (page.Injected.Count == 0)
        {
            return;
        }

        html.Append("<div class=\"links\"><h3>相关链接</h3><ul>\n");
        foreach (var link in page.Injected)
        {
            html.Append(link.Form == LinkForm.Image
                ? $"<li><img src=\"{link.Target}\" alt=\"{link.Text}\"></li>\n"
                : $"<li><a href=\"{link.Target}\">{link.Text}</a></li>\n");
        }

        html.Append("</ul></div>\n");
    }

    private void Related(StringBuilder html, Page page)
    {
        var siblings = plan.Items[page.Column!];
        html.Append("<div class=\"pager\">");
        if (page.Index > 0)
        {
            html.Append("上一篇：<a href=\"").Append(siblings[page.Index - 1].Path).Append("\">").Append(siblings[page.Index - 1].Title).Append("</a> ");
        }

        if (page.Index + 1 < siblings.Count)
        {
            html.Append("下一篇：<a href=\"").Append(siblings[page.Index + 1].Path).Append("\">").Append(siblings[page.Index + 1].Title).Append("</a>");
        }

        html.Append("</div>\n<div class=\"related\"><h3>相关阅读</h3><ul>\n");
        for (var offset = 2; offset <= 4 && siblings.Count > 6; offset++)
        {
            DatedItem(html, siblings[(page.Index + offset * 3) % siblings.Count]);
        }

        html.Append("</ul></div>\n");
    }

    private void Side(StringBuilder html)
    {
        html.Append("<div class=\"side\"><h3>热点信息</h3><ul>\n");
        for (var i = 0; i < 4; i++)
        {
            var item = allItems[random.Next(allItems.Count)];
            html.Append("<li><a href=\"").Append(item.Path).Append("\">").Append(item.Title).Append("</a></li>\n");
        }

        html.Append("</ul></div>\n");
    }

    private static void Footer(StringBuilder html, Page page)
    {
        // The archive's old template (the GBK pages) has no ICP number and no 找错 entry.
        var oldTemplate = page.Gbk;
        html.Append("<div class=\"footer\">\n<ul class=\"footer-links\"><li><a href=\"/about.html\">关于本网</a></li>")
            .Append("<li><a href=\"/sitemap.html\">网站地图</a></li><li><a href=\"/contact.html\">联系我们</a></li>")
            .Append("<li><a href=\"/statement.html\">网站声明</a></li>");
        if (!oldTemplate)
        {
            html.Append("<li><a href=\"").Append(ErrorReportUrl).Append("\">我为政府网站找错</a></li>");
        }

        html.Append("</ul>\n<p class=\"conac\"><a href=\"http://bszs.conac.invalid/sitename?id=").Append(SiteIdCode)
            .Append("\"><img src=\"/images/conac.png\" alt=\"党政机关\"></a></p>\n")
            .Append("<p>主办单位：").Append(Host).Append("　地址：").Append(Address).Append("　联系电话：").Append(Phone).Append("</p>\n")
            .Append("<p>网站标识码：").Append(SiteIdCode);
        if (!oldTemplate)
        {
            html.Append("　<a href=\"https://beian.miit.invalid/\">").Append(IcpNumber).Append("</a>");
        }

        html.Append("　<a href=\"http://www.beian.gov.invalid/portal/registerSystemInfo?recordcode=53990002000123\"><img src=\"/images/gaba.png\" alt=\"公安备案\">")
            .Append(PoliceNumber).Append("</a></p>\n</div>\n</body>\n</html>\n");
    }
}
