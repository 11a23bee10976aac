namespace Pucha.Core.Monitoring;

/// <summary>
/// 首页栏目信息更新 over 监测2周: the dated items published inside the window and seen on the homepage
/// by the as-of point, per publication day and in total. None is a veto (首页不更新); 2015 also takes
/// 5 points when there are fewer than 10.
/// </summary>
/// <remarks>
/// Items are counted by the date printed on the page, in Beijing time, not by when monitoring first
/// saw them: the first snapshot of a campaign sees every old item for the first time, and those are
/// not updates. An item counts once however many snapshots showed it (same url, title and date).
/// When the homepage is only a navigation portal, the snapshots read its second-level pages and their
/// items (<see cref="HomepageItem.SourceUrl"/> set) count as the homepage's, as the rule says
/// (首页仅为网站栏目导航入口的，按二级页面统计); <see cref="SecondLevelItems"/> says how many of the total did.
/// </remarks>
public sealed record HomepageUpdateReport
{
    /// <summary>2015: fewer new items than this over 2 weeks costs <see cref="Deduction2015Points"/>.</summary>
    public const int Minimum2015 = 10;

    public const decimal Deduction2015Points = 5m;

    /// <summary>Publication dates are the site's local dates: Beijing time, UTC+8.</summary>

    public required MonitoringWindow Window { get; init; }

    /// <summary>New items per publication day, in day order; days without any are absent.</summary>
    public required IReadOnlyList<(DateOnly Day, int Items)> PerDay { get; init; }

    /// <summary>Items seen without a publication date: shown as evidence, never counted.</summary>
    public required int UndatedItems { get; init; }

    /// <summary>Of the counted items, those read from second-level pages of a navigation-only homepage.</summary>
    public int SecondLevelItems { get; init; }

    public int Total => PerDay.Sum(d => d.Items);

    public bool IsVeto => Total == 0;

    public decimal Deduction2015 => Total < Minimum2015 ? Deduction2015Points : 0m;

    public static HomepageUpdateReport Compute(IEnumerable<HomepageItem> items, DateTime asOfUtc, TimeSpan? length = null)
    {
        var window = MonitoringWindow.EndingAt(asOfUtc, length ?? MonitoringWindow.HomepageUpdateLength);
        var firstDay = BeijingTime.DateOf(window.StartUtc);
        var lastDay = BeijingTime.DateOf(window.EndUtc);
        var counted = new HashSet<(string, string, DateOnly)>();
        var undated = new HashSet<(string, string)>();
        var perDay = new SortedDictionary<DateOnly, int>();
        var secondLevel = 0;
        foreach (var item in items)
        {
            if (item.FirstSeenUtc >= window.EndUtc)
                continue;
            if (item.PublishedOn is not { } day)
            {
                undated.Add((item.Url, item.Title));
                continue;
            }

            if (day < firstDay || day > lastDay || !counted.Add((item.Url, item.Title, day)))
                continue;
            perDay[day] = perDay.GetValueOrDefault(day) + 1;
            if (item.SourceUrl is not null)
                secondLevel++;
        }

        return new HomepageUpdateReport
        {
            Window = window,
            PerDay = perDay.Select(p => (p.Key, p.Value)).ToList(),
            UndatedItems = undated.Count,
            SecondLevelItems = secondLevel,
        };
    }
}
