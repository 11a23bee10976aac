namespace Pucha.Bench.SiteGenerator;

/// <summary>
/// Decides every page, asset and injected link of the site before anything is rendered, so the
/// rendering is a pure function of the plan. All choices come from one seeded <see cref="Random"/>.
/// </summary>
internal sealed class SitePlan
{
    public const int ItemsPerListPage = 20;

    private static readonly string[] ExternalSites =
    [
        "http://www.gov.invalid/", "http://www.province.gov.invalid/", "http://www.stats.gov.invalid/",
        "http://credit.jiangchuan.invalid/", "http://zwfw.province.invalid/", "http://www.12345.invalid/",
        "http://rmrb.invalid/", "http://www.xinhua.invalid/", "http://mzj.province.invalid/",
        "http://hrss.province.invalid/", "http://www.mee.invalid/", "http://www.moe.invalid/",
    ];

    private readonly Random random;
    private readonly ChineseText text;
    private readonly DateOnly asOf;
    private readonly HashSet<int> usedIds = [];

    private SitePlan(Random random, DateOnly asOf)
    {
        this.random = random;
        this.asOf = asOf;
        text = new ChineseText(random);
    }

    public List<Page> Pages { get; } = [];

    /// <summary>Each column's items, newest first.</summary>
    public Dictionary<Column, List<Page>> Items { get; } = [];

    public Dictionary<Column, List<Page>> Lists { get; } = [];

    public Page Home { get; private set; } = null!;

    public List<Page> StaticPages { get; } = [];

    public List<Page> SlowPages { get; } = [];

    public List<Page> SoftNotFoundPages { get; } = [];

    /// <summary>Logo, badges and banner that the layout of every page uses.</summary>
    public static IReadOnlyList<string> LayoutImages { get; } =
        ["/images/logo.png", "/images/conac.png", "/images/gaba.png", "/images/banner.png"];

    public List<string> ContentImages { get; } = [];

    public List<string> Attachments { get; } = [];

    public static SitePlan Create(GeneratorOptions options)
    {
        var plan = new SitePlan(new Random(options.Seed), options.AsOf);
        plan.PlanPages(options.Pages);
        plan.PlanImages(options.Images - LayoutImages.Count);
        plan.PlanAttachments(options.Attachments);
        plan.PlanLabelGaps();
        plan.InjectBrokenLinks(options.BrokenTargets);
        plan.InjectSoftNotFoundLinks();
        plan.InjectExternalLinks();
        return plan;
    }

    private void PlanPages(int targetPages)
    {
        Home = Add(new Page("/", PageKind.Home, "首页") { Date = asOf });
        foreach (var (path, title) in new[]
                 {
                     ("/about.html", "关于本网"), ("/sitemap.html", "网站地图"), ("/contact.html", "联系我们"),
                     ("/statement.html", "网站声明"), ("/search/index.html", "站内搜索"),
                 })
        {
            StaticPages.Add(Add(new Page(path, PageKind.Static, title) { Date = asOf }));
        }

        foreach (var (slug, title) in new[]
                 {
                     ("zxsb", "在线申报系统"), ("bjcx", "办件进度查询"), ("gjjcx", "住房公积金查询"), ("sbcx", "社会保险查询"),
                 })
        {
            SlowPages.Add(Add(new Page($"/ywxt/{slug}.html", PageKind.Slow, title) { Date = asOf }));
        }

        const int softNotFound = 8;
        var fixedPages = Pages.Count + softNotFound;
        var counts = ArticleCounts(targetPages - fixedPages);
        foreach (var column in Column.All)
        {
            PlanColumn(column, counts[column]);
        }

        var news = Column.All[0];
        for (var i = 0; i < softNotFound; i++)
        {
            var date = asOf.AddDays(-random.Next(200, 700));
            SoftNotFoundPages.Add(Add(new Page(ArticlePath(news, date, NewId()), PageKind.SoftNotFound, "页面不存在")
            {
                Column = news,
                Date = date,
            }));
        }
    }

    /// <summary>Article count per column so that articles plus list pages fill <paramref name="budget"/> pages.</summary>
    private static Dictionary<Column, int> ArticleCounts(int budget)
    {
        var weightSum = Column.All.Sum(c => c.Weight);
        Dictionary<Column, int> CountsFor(int weighted) => Column.All.ToDictionary(
            c => c,
            c => c.FixedCount ?? (int)Math.Round(c.Weight / weightSum * weighted));
        int PagesFor(Dictionary<Column, int> counts) =>
            counts.Values.Sum(n => n + Math.Max(1, (n + ItemsPerListPage - 1) / ItemsPerListPage));

        var weighted = budget;
        while (PagesFor(CountsFor(weighted)) > budget)
        {
            weighted--;
        }

        var result = CountsFor(weighted);
        // Rounding leaves a page or two over: give them to the news column.
        var news = Column.All[0];
        while (PagesFor(result) < budget)
        {
            result[news]++;
            if (PagesFor(result) > budget)
            {
                result[news]--;
                break;
            }
        }

        return result;
    }

    private void PlanColumn(Column column, int count)
    {
        var items = new List<Page>(count);
        for (var i = 0; i < count; i++)
        {
            var age = column.NewestAgeDays + (count <= 1 ? 0 : (int)((long)column.SpanDays * i / (count - 1)));
            var date = asOf.AddDays(-age);
            var kind = column.Kind switch
            {
                ColumnKind.Messages => PageKind.Message,
                ColumnKind.ServiceGuide => PageKind.ServiceGuide,
                ColumnKind.Survey => PageKind.Survey,
                _ => PageKind.Article,
            };
            var title = column.Kind switch
            {
                ColumnKind.Messages => text.MessageTitle(),
                ColumnKind.ServiceGuide => Vocabulary.ServiceMatters[i % Vocabulary.ServiceMatters.Length] + "办事指南",
                ColumnKind.Organization => text.Department() + "主要职责",
                _ => text.ArticleTitle(column.Kind, date.Year),
            };
            items.Add(Add(new Page(ArticlePath(column, date, NewId()), kind, title)
            {
                Column = column,
                Date = date,
                Index = i,
            }));
        }

        Items[column] = items;
        var listCount = Math.Max(1, (count + ItemsPerListPage - 1) / ItemsPerListPage);
        var lists = new List<Page>(listCount);
        for (var n = 1; n <= listCount; n++)
        {
            lists.Add(Add(new Page(column.ListPath(n), PageKind.ColumnList, column.Name)
            {
                Column = column,
                Date = items.Count > 0 ? items[Math.Min(items.Count - 1, (n - 1) * ItemsPerListPage)].Date : asOf,
                Index = n,
            }));
        }

        Lists[column] = lists;
    }

    private void PlanImages(int count)
    {
        var hosts = Pages.Where(p => p.Kind == PageKind.Article && p.Column!.Kind is ColumnKind.News or ColumnKind.Archive).ToList();
        for (var i = 0; i < count; i++)
        {
            var host = hosts[random.Next(hosts.Count)];
            var image = $"/images/{host.Date:yyyyMM}/img_{NewId()}.png";
            ContentImages.Add(image);
            host.Images.Add(image);
            // About one image in five is shown on a second page too, as sites reuse photos.
            if (random.Next(5) == 0)
            {
                hosts[random.Next(hosts.Count)].Images.Add(image);
            }
        }
    }

    private void PlanAttachments(int count)
    {
        var hosts = Pages.Where(p => p.Kind == PageKind.Article
            && p.Column!.Kind is ColumnKind.Notice or ColumnKind.Policy or ColumnKind.Personnel or ColumnKind.Finance or ColumnKind.Statistics).ToList();
        var guides = Pages.Where(p => p.Kind == PageKind.ServiceGuide).ToList();
        for (var i = 0; i < count; i++)
        {
            // Service guides get their application forms (.doc) first.
            var guide = i < guides.Count;
            var host = guide ? guides[i] : hosts[random.Next(hosts.Count)];
            var extension = guide ? "doc" : (random.Next(20)) switch
            {
                < 10 => "pdf",
                < 15 => "doc",
                < 18 => "xls",
                _ => "zip",
            };
            var attachment = $"/files/{host.Date:yyyyMM}/P0{NewId()}.{extension}";
            Attachments.Add(attachment);
            host.Attachments.Add(attachment);
        }
    }

    private void PlanLabelGaps()
    {
        foreach (var page in Pages)
        {
            if (page.Kind != PageKind.Home && random.Next(100) < 3)
            {
                page.MissingLabels = true;
            }
        }
    }

    /// <summary>
    /// Places <paramref name="distinctTargets"/> targets that do not exist (deleted articles, missing
    /// images and attachments, an old CMS's paths), each on one to twelve pages (3.5 on average).
    /// </summary>
    private void InjectBrokenLinks(int distinctTargets)
    {
        var hosts = Pages.Where(p => p.Kind is not (PageKind.SoftNotFound or PageKind.Slow)).ToList();
        var columns = Column.All.Where(c => c.Kind != ColumnKind.Empty).ToList();
        for (var i = 0; i < distinctTargets; i++)
        {
            var date = asOf.AddDays(-random.Next(30, 1500));
            var roll = random.Next(100);
            var (target, form) = roll switch
            {
                < 55 => (ArticlePath(columns[random.Next(columns.Count)], date, NewId()), LinkForm.Anchor),
                < 70 => ($"/images/{date:yyyyMM}/img_{NewId()}.png", LinkForm.Image),
                < 90 => ($"/files/{date:yyyyMM}/P0{NewId()}.{(random.Next(2) == 0 ? "pdf" : "doc")}", LinkForm.Attachment),
                _ => ($"/xxgk/{date.Year}/{NewId()}.htm", LinkForm.Anchor),
            };
            var label = form == LinkForm.Attachment ? $"附件{i % 9 + 1}：{text.Topic()}材料" : text.ArticleTitle(ColumnKind.News, date.Year);
            var occurrences = random.Next(100) switch
            {
                < 35 => 1,
                < 55 => 2,
                < 70 => 3,
                < 82 => 5,
                < 94 => 8,
                _ => 12,
            };
            var placed = 0;
            // The homepage carries a few, since broken links there cost more (2019: −0.2 instead of −0.1).
            if (i < 3)
            {
                Home.Injected.Add(new InjectedLink(target, form, label));
                placed++;
            }

            while (placed < occurrences)
            {
                var host = hosts[random.Next(hosts.Count)];
                if (host.Injected.All(l => l.Target != target))
                {
                    host.Injected.Add(new InjectedLink(target, form, label));
                    placed++;
                }
            }
        }
    }

    private void InjectSoftNotFoundLinks()
    {
        var hosts = Pages.Where(p => p.Kind is PageKind.Article or PageKind.ColumnList).ToList();
        foreach (var soft in SoftNotFoundPages)
        {
            var label = text.ArticleTitle(ColumnKind.News, soft.Date.Year);
            var occurrences = random.Next(2, 5);
            for (var placed = 0; placed < occurrences;)
            {
                var host = hosts[random.Next(hosts.Count)];
                if (host.Injected.All(l => l.Target != soft.Path))
                {
                    host.Injected.Add(new InjectedLink(soft.Path, LinkForm.Anchor, label));
                    placed++;
                }
            }
        }
    }

    private void InjectExternalLinks()
    {
        foreach (var page in Pages.Where(p => p.Kind == PageKind.Article))
        {
            if (random.Next(100) < 8)
            {
                page.Injected.Add(new InjectedLink(ExternalSites[random.Next(ExternalSites.Length)], LinkForm.Anchor, "相关网站"));
            }
        }
    }

    private Page Add(Page page)
    {
        Pages.Add(page);
        return page;
    }

    private static string ArticlePath(Column column, DateOnly date, int id) =>
        $"/col/{column.Slug}/art/{date:yyyy}/{date:MM}/art_{id}.html";

    /// <summary>A six-digit identifier never used before, for pages, assets and broken targets alike.</summary>
    private int NewId()
    {
        while (true)
        {
            var id = random.Next(100_000, 1_000_000);
            if (usedIds.Add(id))
            {
                return id;
            }
        }
    }
}
