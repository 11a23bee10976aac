using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Pucha.Inspection.Findings;
using Pucha.Inspection.Tests.Support;

namespace Pucha.Inspection.Tests.Portal;

/// <summary>
/// 某某县人民政府 (www.mouxian.gov.cn): a county portal written for the tests, with columns
/// 工作动态/通知公告/政策文件/人事信息/规划计划, articles, 办事指南, a 县长信箱 board and site search —
/// and a known set of planted defects, each with the finding it must produce (<see cref="Expected"/>).
/// A second server plays the external sites (www.shixian.gov.cn, www.casino-ad.com).
/// As of 2024-06-15.
/// </summary>
public sealed class CountyPortal : IAsyncDisposable
{
    public const string Host = "www.mouxian.gov.cn";
    public const string ExternalHost = "www.shixian.gov.cn";
    public const string SpamHost = "www.casino-ad.com";
    public const string WrongTerm = "中华人民共合国";
    public const string Dictionary = "# 错误写法\t正确写法\t严重程度\n中华人民共合国\t中华人民共和国\terror\n";

    private const string Labels = """
        <meta name="SiteName" content="某某县人民政府"><meta name="SiteDomain" content="www.mouxian.gov.cn"><meta name="SiteIDCode" content="4301240001">
        """;

    private const string Header = """
        <div class="header"><img src="/images/logo.png" alt="某某县人民政府"><h1>某某县人民政府</h1></div>
        <div class="nav"><a href="/">首页</a> <a href="/xxgk/gzdt/">工作动态</a> <a href="/xxgk/tzgg/">通知公告</a> <a href="/xxgk/zcwj/">政策文件</a>
        <a href="/xxgk/rsxx/">人事信息</a> <a href="/xxgk/ghjh/">规划计划</a> <a href="/bsfw/">办事服务</a> <a href="/hdjl/lyb/">县长信箱</a></div>
        """;

    private const string Sponsor = "<p>主办单位：某某县人民政府办公室 联系电话：0731-12345678</p>";
    private const string Records = "<p>网站标识码：4301240001 湘ICP备12345678号-1 湘公网安备 43012402000123号</p>";
    private const string RecordsWithoutPolice = "<p>网站标识码：4301240001 湘ICP备12345678号-1</p>";
    private const string Badges = """<p><a href="/hdjl/lyb/">我为政府网站找错</a> <img src="/images/dzjg.png" alt="党政机关网站标识"></p>""";

    private static readonly string Footer = $"""<div class="footer">{Sponsor}{Records}{Badges}</div>""";

    private CountyPortal(TestWebServer site, TestWebServer external)
    {
        Site = site;
        External = external;
    }

    public TestWebServer Site { get; }
    public TestWebServer External { get; }

    public Uri Homepage => new($"http://{Host}:{Site.Port}/");

    public string U(string path) => $"http://{Host}:{Site.Port}{path}";

    public string X(string path) => $"http://{ExternalHost}:{External.Port}{path}";

    public IReadOnlyList<(string Host, IPAddress Address)> Resolve =>
        [(Host, IPAddress.Loopback), (ExternalHost, IPAddress.Loopback), (SpamHost, IPAddress.Loopback)];

    /// <summary>The planted defects: (check, URL) of every finding the inspection must report, nothing else.</summary>
    public IReadOnlyList<string> Expected =>
    new[]
    {
        (CheckIds.BrokenLink, U("/xxgk/gzdt/2024/missing.html")),      // 404 linked from the homepage
        (CheckIds.BrokenLink, U("/files/2024/plan.pdf")),              // missing attachment (HEAD 404)
        (CheckIds.BrokenLink, U("/xxgk/tzgg/old.html")),               // 200 page saying 您访问的页面不存在 (soft 404)
        (CheckIds.BrokenLink, U("/images/missing-banner.jpg")),        // missing image on a column page
        (CheckIds.BrokenLink, "http://10.0.0.9/internal.html"),        // link into a private network: refused
        (CheckIds.BrokenLink, X("/gone.html")),                        // external 404
        (CheckIds.BrokenLink, U("/old/loop")),                         // redirect loop
        (CheckIds.BrokenLink, U("/zwfw/online/down")),                 // online system of a guide: 503
        (CheckIds.ColumnUpdate, U("/xxgk/tzgg/")),                     // 通知公告 newest 2023-10-01, limit 6 months
        (CheckIds.EmptyColumn, U("/xxgk/ghjh/")),                      // 规划计划 shows 暂无信息
        (CheckIds.SiteIdentity, U("/xxgk/zcwj/2024/art_2.html")),      // footer without 公安备案号
        (CheckIds.PageLabels, U("/xxgk/gzdt/2024/art_3.html")),        // article without ContentSource
        (CheckIds.ServiceGuide, U("/bsfw/guide2.html")),               // guide without 收费标准
        (CheckIds.ServiceGuide, U("/bsfw/guide2.html")),               // guide whose 在线办理 system does not open
        (CheckIds.Interaction, U("/hdjl/lyb/")),                       // message unanswered since 2024-01-10
        (CheckIds.Interaction, U("/hdjl/lyb/")),                       // answer after 10 working days (limit 5)
        (CheckIds.Lexicon, U("/xxgk/gzdt/2024/art_6.html")),           // 中华人民共合国
        (CheckIds.HiddenLink, U("/xxgk/gzdt/2024/art_4.html")),        // display:none link to a casino site
        (CheckIds.Https, Homepage.AbsoluteUri),                        // served over plain HTTP only
        (CheckIds.Ipv6, Homepage.AbsoluteUri),                         // no AAAA address
        (CheckIds.Compatibility, U("/xxgk/rsxx/")),                    // 请使用IE浏览器
        (CheckIds.ErrorReportEntry, U("/xxgk/rsxx/2024/art_r1.html")), // footer without 我为政府网站找错
    }.Select(e => $"{e.Item1} {e.Item2}").Order(StringComparer.Ordinal).ToList();

    public static async Task<CountyPortal> StartAsync()
    {
        var site = await TestWebServer.StartAsync();
        var external = await TestWebServer.StartAsync();
        var portal = new CountyPortal(site, external);
        portal.Build();
        return portal;
    }

    private static string Page(string title, string labels, string body, string? footer = null) => $"""
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>{Labels}{labels}</head>
        <body>{Header}<div class="main">{body}</div>{footer ?? Footer}</body></html>
        """;

    private static string ColumnLabels(string name) =>
        $"""<meta name="ColumnName" content="{name}"><meta name="ColumnDescription" content="{name}栏目"><meta name="ColumnKeywords" content="{name}"><meta name="ColumnType" content="{name}">""";

    private static string ArticleLabels(string title, string date, bool withSource = true) =>
        $"""<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="{date}">""" +
        (withSource ? """<meta name="ContentSource" content="某某县人民政府办公室">""" : "");

    private static string List(IEnumerable<(string Title, string Url, string Date)> items) =>
        "<ul class=\"list\">" + string.Concat(items.Select(i => $"<li><a href=\"{i.Url}\">{i.Title}</a><span>{i.Date}</span></li>")) + "</ul>";

    private const string Filler = "<p>为深入贯彻落实县委县政府决策部署，进一步推动各项重点任务落地见效，会议听取了各乡镇和县直有关部门的工作汇报，研究部署了下一阶段工作。" +
                                  "会议强调，要坚持问题导向，压实工作责任，确保各项工作按时保质完成，切实增强人民群众的获得感、幸福感、安全感。</p>";

    private void Build()
    {
        var news = Enumerable.Range(1, 12)
            .Select(i => ($"某某县召开第{i}次重点工作推进会议", $"/xxgk/gzdt/2024/art_{i}.html", $"2024-06-{i + 2:00}"))
            .Reverse().ToList();
        var olderNews = Enumerable.Range(13, 4).Select(i => ($"某某县开展第{i}次专项督查工作", $"/xxgk/gzdt/2024/art_{i}.html", $"2024-05-{i:00}")).ToList();

        Site.Html("/", Page("某某县人民政府", "", $"""
            <form action="/search/" method="get"><input type="text" name="keyword" placeholder="请输入关键词"><input type="submit" value="搜索"></form>
            <div class="news"><h2>要闻动态</h2>{List(news)}</div>
            <p><a href="/xxgk/gzdt/2024/missing.html">专题专栏链接</a></p>
            {Filler}
            """));

        // 工作动态: current; its list page shows a missing banner image.
        Site.Html("/xxgk/gzdt/", Page("工作动态", ColumnLabels("工作动态"),
            $"""<img src="/images/missing-banner.jpg" alt="专题">{List(news.Concat(olderNews))}"""));
        foreach (var (title, url, date) in news.Concat(olderNews))
        {
            var number = int.Parse(url[(url.LastIndexOf('_') + 1)..^5]);
            var body = $"<h2>{title}</h2><p>发布时间：{date}</p>{Filler}" + number switch
            {
                4 => $"""<div style="display:none"><a href="http://{SpamHost}:{External.Port}/">博彩娱乐</a></div>""",
                5 => $"""<p>附件：<a href="/files/2024/plan.pdf">工作方案.pdf</a> <a href="/files/2024/notice.docx">通知.docx</a> <a href="http://10.0.0.9/internal.html">内部系统</a> <a href="{X("/gone.html")}">市政府文件</a> <a href="{X("/ok.html")}">市政府网站</a></p>""",
                6 => $"<p>{WrongTerm}成立七十五周年纪念活动在我县举行。</p>",
                7 => """<p><a href="/old/loop">旧版栏目</a> <a href="/xxgk/tzgg/old.html">往期通知</a></p>""",
                _ => "",
            };
            Site.Html(url, Page($"{title}_某某县人民政府", ArticleLabels(title, date, withSource: number != 3), body));
        }

        // 通知公告: stale (newest 2023-10-01, more than 6 months before 2024-06-15).
        var notices = new[]
        {
            ("关于做好2023年国庆节期间安全工作的通知", "/xxgk/tzgg/2023/t1.html", "2023-10-01"),
            ("关于开展2023年秋季森林防火工作的通知", "/xxgk/tzgg/2023/t2.html", "2023-08-15"),
            ("关于公布2023年第一批行政许可事项的公告", "/xxgk/tzgg/2023/t3.html", "2023-06-01"),
        };
        Site.Html("/xxgk/tzgg/", Page("通知公告", ColumnLabels("通知公告"), List(notices)));
        foreach (var (title, url, date) in notices)
            Site.Html(url, Page(title, ArticleLabels(title, date), $"<h2>{title}</h2><p>发布时间：{date}</p>{Filler}"));
        Site.Html("/xxgk/tzgg/old.html", """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>提示信息</title></head>
            <body><p>抱歉，您访问的页面不存在！</p><a href="/">返回首页</a></body></html>
            """);

        // 政策文件: current; one article's footer lacks the 公安备案号.
        var policies = new[]
        {
            ("某某县人民政府关于印发乡村振兴实施方案的通知", "/xxgk/zcwj/2024/art_1.html", "2024-05-01"),
            ("某某县人民政府关于调整城乡居民医疗保险政策的通知", "/xxgk/zcwj/2024/art_2.html", "2024-03-10"),
        };
        Site.Html("/xxgk/zcwj/", Page("政策文件", ColumnLabels("政策文件"), List(policies)));
        foreach (var (title, url, date) in policies)
        {
            var footer = url.EndsWith("art_2.html", StringComparison.Ordinal) ? $"""<div class="footer">{Sponsor}{RecordsWithoutPolice}{Badges}</div>""" : null;
            Site.Html(url, Page(title, ArticleLabels(title, date), $"<h2>{title}</h2><p>发布时间：{date}</p>{Filler}", footer));
        }

        // 人事信息: current; the column page asks for IE; one article has no 找错 entry.
        var personnel = new[] { ("某某县2024年公开招聘事业单位工作人员公告", "/xxgk/rsxx/2024/art_r1.html", "2024-03-01") };
        Site.Html("/xxgk/rsxx/", Page("人事信息", ColumnLabels("人事信息"), List(personnel) + "<p>为获得最佳浏览效果，请使用IE浏览器访问本栏目。</p>"));
        Site.Html("/xxgk/rsxx/2024/art_r1.html", Page(personnel[0].Item1, ArticleLabels(personnel[0].Item1, "2024-03-01"),
            $"<h2>{personnel[0].Item1}</h2><p>发布时间：2024-03-01</p>{Filler}", $"""<div class="footer">{Sponsor}{Records}<p><img src="/images/dzjg.png" alt="党政机关网站标识"></p></div>"""));

        // 规划计划: empty.
        Site.Html("/xxgk/ghjh/", Page("规划计划", ColumnLabels("规划计划"), "<p>暂无信息</p>"));

        // 办事服务 and two guides: the second lacks 收费标准 and its online system is down.
        Site.Html("/bsfw/", Page("办事服务", "", """
            <ul><li><a href="/bsfw/guide1.html">个体工商户设立登记办事指南</a></li><li><a href="/bsfw/guide2.html">城乡居民养老保险参保登记办事指南</a></li></ul>
            """));
        Site.Html("/bsfw/guide1.html", Page("个体工商户设立登记办事指南", "", Guide("个体工商户设立登记", withFee: true, online: "/zwfw/online/ok", form: "/files/forms/apply.doc")));
        Site.Html("/bsfw/guide2.html", Page("城乡居民养老保险参保登记办事指南", "", Guide("城乡居民养老保险参保登记", withFee: false, online: "/zwfw/online/down", form: null)));
        Site.Html("/zwfw/online/ok", Page("网上办事大厅", "", $"<p>网上办事大厅登录</p>{Filler}"));
        Site.Status("/zwfw/online/down", 503);

        // 县长信箱: one message unanswered for five months, one answered after 10 working days.
        Site.Html("/hdjl/lyb/", Page("县长信箱", "", $"""
            <table><tr><th>标题</th><th>留言时间</th><th>回复时间</th><th>状态</th><th>回复单位</th></tr>
            <tr><td>关于城区道路维修的咨询</td><td>2024-05-06</td><td>2024-05-20</td><td>已回复</td><td>县交通运输局</td></tr>
            <tr><td>关于学校秋季招生的咨询</td><td>2024-01-10</td><td></td><td>未回复</td><td></td></tr>
            <tr><td>关于医保报销比例的咨询</td><td>2024-06-03</td><td>2024-06-05</td><td>已回复</td><td>县医疗保障局</td></tr>
            </table>{Filler}
            """));

        // Site search: finds every published article by words of its title.
        var published = news.Concat(olderNews).Concat(notices).Concat(policies).Concat(personnel).ToList();
        Site.Handle("/search/", async context =>
        {
            var query = context.Request.Query["keyword"].ToString();
            var hits = published.Where(p => query.Length > 0 && p.Item1.Contains(query, StringComparison.Ordinal));
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Page("搜索结果", "", $"<p>检索“{WebUtility.HtmlEncode(query)}”的结果：</p>{List(hits)}"));
        });

        Site.Bytes("/images/logo.png", [0x89, 0x50, 0x4E, 0x47], "image/png")
            .Bytes("/images/dzjg.png", [0x89, 0x50, 0x4E, 0x47], "image/png")
            .Bytes("/files/2024/notice.docx", Encoding.ASCII.GetBytes("PK"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            .Bytes("/files/forms/apply.doc", Encoding.ASCII.GetBytes("DOC"), "application/msword")
            .Redirect("/old/loop", "/old/loop2")
            .Redirect("/old/loop2", "/old/loop");

        External.Html("/", "<!DOCTYPE html><html><head><title>外部网站首页</title></head><body><p>外部网站首页，欢迎访问本网站。</p>" + Filler + "</body></html>")
            .Html("/ok.html", "<!DOCTYPE html><html><head><title>市政府网站</title></head><body><p>市政府网站首页内容。</p>" + Filler + "</body></html>");
    }

    private static string Guide(string name, bool withFee, string online, string? form) => $"""
        <h2>{name}办事指南</h2>
        <p>事项名称：{name}</p>
        <p>设定依据：《中华人民共和国行政许可法》</p>
        <p>申请条件：具有本县户籍的申请人</p>
        <p>办理材料：居民身份证原件及复印件各1份（纸质）{(form is null ? "" : $"；<a href=\"{form}\">《{name}申请表》</a>1份（纸质）")}</p>
        <p>办理地点：某某县政务服务中心一楼大厅</p>
        <p>办理机构：某某县行政审批局</p>
        {(withFee ? "<p>收费标准：依法收取工本费</p>" : "")}
        <p>办理时间：工作日上午9:00-12:00，下午13:30-17:00</p>
        <p>联系电话：0731-12345679</p>
        <p>办理流程：申请、受理、审核、办结</p>
        <p><a href="{online}">在线办理</a></p>
        """;

    public async ValueTask DisposeAsync()
    {
        await Site.DisposeAsync();
        await External.DisposeAsync();
    }
}
