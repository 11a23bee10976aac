using Microsoft.Extensions.DependencyInjection;
using Pucha.Core.Monitoring;
using Pucha.Data;
using Microsoft.EntityFrameworkCore;
using Pucha.Data.Inspections;
using Pucha.Data.Monitoring;
using Pucha.Inspection.Findings;
using Pucha.Features.Inspections;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.Monitoring;

/// <summary>
/// A fixed week of monitoring data, hand-computed, as of <see cref="AsOf"/> (2026-11-20 00:00 UTC =
/// 08:00 Beijing). 天心区 site: 168 hourly visits in the 7-day window (at :30 UTC), 9 failed
/// (3 on Beijing 11-15, 6 on Beijing 11-18) → 5.36 %, a veto; one visit just before and one just after
/// the window; homepage items: 2 dated 11-10, 1 dated 11-19, 1 undated, 1 dated 11-01 (outside),
/// 1 dated 11-18 first seen after the as-of point → 3 updates; a completed inspection finished 11-19 12:00 UTC
/// with 2 broken links (and a later one, after the as-of point, with 7). 北京 site: 24 good visits on 11-19, no items.
/// Inserting twice changes nothing (the stores are insert-or-ignore), so every test may call it.
/// </summary>
public static class MonitoringDataset
{
    public static readonly DateTime AsOf = new(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc);
    public const string AsOfQuery = "2026-11-20T00:00:00Z";
    public const string FailureReason = "http-status: HTTP 503";

    public static readonly DateTime[] FailedSlots =
    [
        Utc(15, 2), Utc(15, 3), Utc(15, 4),
        Utc(18, 0), Utc(18, 1), Utc(18, 2), Utc(18, 3), Utc(18, 4), Utc(18, 5),
    ];

    public static async Task InsertAsync(PlatformFixture platform, SampleTree census)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();
        await InsertInspectionsAsync(db, census.TianxinSite);
        var store = new MonitoringStore(db);
        for (var slot = Utc(12, 23); slot <= Utc(20, 0); slot = slot.AddHours(1))
        {
            var failed = FailedSlots.Contains(slot);
            await store.RecordVisitAsync(new ProbeVisit(census.TianxinSite, slot, slot.AddMilliseconds(40), failed ? 120 : 850, !failed,
                failed ? 503 : 200, failed ? FailureReason : null));
        }

        for (var slot = Utc(19, 0); slot < Utc(20, 0); slot = slot.AddHours(1))
            await store.RecordVisitAsync(new ProbeVisit(census.BeijingSite, slot, slot.AddMilliseconds(10), 300, true, 200, null));

        var seen = Utc(19, 6);
        await store.RecordSightingsAsync(census.TianxinSite,
        [
            new HomepageItem("http://www.tianxin.gov.cn/a1.html", "关于开展政府网站普查工作的通知", new DateOnly(2026, 11, 10), seen),
            new HomepageItem("http://www.tianxin.gov.cn/a2.html", "天心区召开政务公开工作会议", new DateOnly(2026, 11, 10), seen),
            // Read from a second-level page while the homepage was only a navigation portal: counts as the homepage's.
            new HomepageItem("http://www.tianxin.gov.cn/a3.html", "区政府常务会议纪要", new DateOnly(2026, 11, 19), seen, "http://www.tianxin.gov.cn/zwgk/"),
            new HomepageItem("http://www.tianxin.gov.cn/a4.html", "便民服务指南", null, seen),
            new HomepageItem("http://www.tianxin.gov.cn/a5.html", "十月工作简报", new DateOnly(2026, 11, 1), seen),
            new HomepageItem("http://www.tianxin.gov.cn/a6.html", "后来才看到的信息", new DateOnly(2026, 11, 18), Utc(21, 0)),
        ]);
    }

    public static readonly DateTime InspectedUtc = new(2026, 11, 19, 12, 0, 0, DateTimeKind.Utc);
    public const string BrokenUrl = "http://www.tianxin.gov.cn/missing.html";

    private static async Task InsertInspectionsAsync(PuchaDbContext db, int siteId)
    {
        if (await db.Set<InspectionRun>().AnyAsync(r => r.SiteId == siteId && r.RequestedBy == "dataset"))
            return;
        foreach (var (finished, broken) in new[] { (InspectedUtc, 2), (AsOf.AddDays(1), 7) })
        {
            var findings = Enumerable.Range(0, broken).Select(i => new Finding(CheckIds.BrokenLink, Severity.Error, $"链接打不开（HTTP 404）{i}",
                i == 0 ? BrokenUrl : $"http://www.tianxin.gov.cn/missing{i}.html", new Dictionary<string, object?> { ["status"] = 404 })).ToList();
            db.Set<InspectionRun>().Add(new InspectionRun
            {
                SiteId = siteId, RequestedBy = "dataset", Status = InspectionRunStatus.Completed,
                QueuedUtc = finished.AddMinutes(-10), StartedUtc = finished.AddMinutes(-9), FinishedUtc = finished,
                AsOf = DateOnly.FromDateTime(finished), HomepageReached = true, FindingCount = broken, Pages = 40, Links = 300, BrokenLinks = broken,
                FindingsJson = StoredFindings.Write(findings, 100_000).Json,
            });
        }

        await db.SaveChangesAsync();
    }

    // 2026-11-{day} {hour}:30 UTC: every slot of the dataset is on the half hour.
    private static DateTime Utc(int day, int hour) => new(2026, 11, day, hour, 30, 0, DateTimeKind.Utc);
}
