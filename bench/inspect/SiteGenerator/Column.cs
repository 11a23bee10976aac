namespace Pucha.Bench.SiteGenerator;

/// <summary>What a column publishes; decides titles, page layout and how fresh its items are.</summary>
internal enum ColumnKind
{
    News,
    Notice,
    Policy,
    Interpretation,
    Personnel,
    Plan,
    Statistics,
    Finance,
    Organization,
    Archive,
    Messages,
    Survey,
    ServiceGuide,
    Empty,
}

/// <summary>
/// One 栏目 of the site. <paramref name="Weight"/> is its share of the articles;
/// <paramref name="FixedCount"/> overrides it (the GBK archive has exactly its 100 pages);
/// <paramref name="NewestAgeDays"/>/<paramref name="SpanDays"/> place its publication dates before the as-of date.
/// </summary>
internal sealed record Column(
    string Slug,
    string Name,
    ColumnKind Kind,
    double Weight,
    int? FixedCount,
    int NewestAgeDays,
    int SpanDays,
    bool InNavigation,
    bool Gbk = false)
{
    public string ListPath(int pageNumber) =>
        pageNumber == 1 ? $"/col/{Slug}/index.html" : $"/col/{Slug}/index_{pageNumber}.html";

    public string ColumnType => Kind switch
    {
        ColumnKind.News => "动态要闻",
        ColumnKind.Notice => "通知公告",
        ColumnKind.Policy => "政策文件",
        ColumnKind.Interpretation => "政策解读",
        ColumnKind.Personnel => "人事信息",
        ColumnKind.Plan => "规划计划",
        ColumnKind.Messages => "政务咨询",
        ColumnKind.Survey => "调查征集",
        ColumnKind.ServiceGuide => "办事指南",
        _ => "信息公开",
    };

    /// <summary>The columns of 江川市人民政府's portal, in navigation order.</summary>
    public static IReadOnlyList<Column> All { get; } =
    [
        new("xwdt", "政务要闻", ColumnKind.News, 0.20, null, 1, 730, true),
        new("bmdt", "部门动态", ColumnKind.News, 0.15, null, 2, 730, false),
        new("xzdt", "乡镇动态", ColumnKind.News, 0.13, null, 3, 900, false),
        new("tzgg", "通知公告", ColumnKind.Notice, 0.12, null, 4, 1095, true),
        new("zcwj", "政策文件", ColumnKind.Policy, 0.10, null, 10, 1460, true),
        new("zcjd", "政策解读", ColumnKind.Interpretation, 0.07, null, 12, 1460, true),
        new("rsxx", "人事信息", ColumnKind.Personnel, 0.04, null, 30, 1095, true),
        // Stale on purpose: its newest plan is more than a year old (规划计划 must update yearly).
        new("ghjh", "规划计划", ColumnKind.Plan, 0.025, null, 420, 1460, true),
        new("tjxx", "统计信息", ColumnKind.Statistics, 0.03, null, 20, 1095, true),
        new("czzj", "财政资金", ColumnKind.Finance, 0.03, null, 40, 1095, true),
        new("jgzn", "机构职能", ColumnKind.Organization, 0.008, null, 200, 1460, false),
        new("lszl", "历史资料", ColumnKind.Archive, 0, 95, 3650, 1800, true, Gbk: true),
        new("lyb", "留言选登", ColumnKind.Messages, 0.03, null, 2, 400, true),
        new("dczj", "调查征集", ColumnKind.Survey, 0.008, null, 60, 1095, true),
        new("bszn", "办事指南", ColumnKind.ServiceGuide, 0, 12, 90, 700, true),
        // Empty on purpose: a column with nothing in it (空白栏目).
        new("ztzl", "专题专栏", ColumnKind.Empty, 0, 0, 0, 0, false),
    ];
}
