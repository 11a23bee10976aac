using Microsoft.EntityFrameworkCore;
using Pucha.Core;
using Pucha.Core.Websites;
using Pucha.Data;
using Pucha.Data.Inspections;
using Pucha.Inspection;
using Pucha.Inspection.Crawling;
using Pucha.Inspection.Fetching;
using Pucha.Inspection.Findings;

namespace Pucha.Features.Inspections;

/// <summary>
/// Runs the inspection engine on registered sites, as `pucha inspect` does, and stores each run:
/// queue a run (立即检查, or the weekly job), then a runner claims it, inspects within the configured
/// limits (the network guard refuses private addresses unless Inspection:AllowNetworks lets them
/// through) and writes the findings. Callers check the site is in scope before queueing.
/// </summary>
public sealed class SiteInspectionService(
    PuchaDbContext db,
    InspectionSettings settings,
    TimeProvider clock,
    InspectionSignal signal,
    ILogger<SiteInspectionService> logger)
{
    private InspectionRunStore Store => new(db);

    /// <summary>Today in China: the 监测时间点 of a run queued now.</summary>
    public DateOnly Today => BeijingTime.DateOf(clock.GetUtcNow());

    /// <summary>Queues a run of the site (or returns the one already waiting) and wakes the runner.</summary>
    public async Task<(InspectionRun Run, bool Created)> EnqueueAsync(Website site, InspectionTrigger trigger, string requestedBy,
        CancellationToken cancellationToken = default)
    {
        var result = await Store.EnqueueAsync(site.Id, trigger, requestedBy, Today, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (result.Created)
            signal.Notify();
        return result;
    }

    /// <summary>Queues the sites whose last full inspection is older than the interval; returns how many.</summary>
    public async Task<int> EnqueueDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var queued = await Store.EnqueueDueAsync(now.AddDays(-settings.IntervalDays), Today, now, settings.BatchSize, cancellationToken);
        if (queued > 0)
            signal.Notify();
        return queued;
    }

    /// <summary>Claims and runs the oldest queued run; null when none was waiting.</summary>
    public async Task<InspectionRun?> RunNextAsync(CancellationToken cancellationToken = default)
    {
        var run = await Store.ClaimNextAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (run is null)
            return null;
        await RunAsync(run, cancellationToken);
        return run;
    }

    private async Task RunAsync(InspectionRun run, CancellationToken cancellationToken)
    {
        var site = await db.Websites.AsNoTracking().FirstOrDefaultAsync(w => w.Id == run.SiteId, cancellationToken);
        try
        {
            if (site is null || !Uri.TryCreate(site.HomepageUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
                throw new InspectionImpossibleException($"首页网址无效，无法检查：{site?.HomepageUrl}");

            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(TimeSpan.FromMinutes(settings.MaxRunMinutes));
            var outcome = await Inspector.RunAsync(Options(site, url, run.AsOf), cancellationToken: limit.Token);
            var report = outcome.Report;
            var (findings, omitted) = StoredFindings.Write(report.Findings, settings.MaxFindingsChars);
            var (reportJson, trimmed) = StoredFindings.Report(report, settings.MaxReportChars);
            run.Status = InspectionRunStatus.Completed;
            run.HomepageReached = outcome.HomepageReached;
            run.FindingCount = report.Findings.Count;
            run.VetoCount = report.Findings.Count(f => f.Severity == Severity.Veto);
            run.FindingsOmitted = omitted;
            run.FindingsJson = findings;
            run.ReportJson = reportJson;
            run.ReportTrimmed = trimmed;
            run.Pages = report.Stats.Pages;
            run.Links = report.Stats.Links;
            run.BrokenLinks = report.Stats.Broken;
            run.Bytes = report.Stats.Bytes;
            run.Seconds = report.Stats.Seconds;
        }
        catch (Exception e) when (e is InspectionImpossibleException or NetworkRefusedException or ArgumentException
                                      || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            run.Status = InspectionRunStatus.Failed;
            run.Error = e is OperationCanceledException ? $"检查超过{settings.MaxRunMinutes}分钟上限，已停止" : e.Message;
            logger.LogWarning("Inspection run {Run} of site {Site} failed: {Error}", run.Id, run.SiteId, run.Error);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // An engine fault on one site must not stop the runner: record it and go on with the next.
            run.Status = InspectionRunStatus.Failed;
            run.Error = $"检查出错：{e.GetType().Name}: {e.Message}";
            logger.LogError(e, "Inspection run {Run} of site {Site} failed", run.Id, run.SiteId);
        }

        run.FinishedUtc = clock.GetUtcNow().UtcDateTime;
        // The run is written even when the caller is stopping, so it does not stay Running.
        await Store.FinishAsync(run, CancellationToken.None);
    }

    private InspectionOptions Options(Website site, Uri url, DateOnly asOf) => new()
    {
        Url = url,
        AsOf = asOf,
        Crawl = new CrawlOptions { MaxPages = settings.MaxPages, MaxDepth = settings.MaxDepth },
        Fetch = new FetchOptions { Timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds) },
        AllowNetworks = settings.AllowedNetworks(),
        ExpectedName = site.Name,
        ExpectedSiteCode = site.SiteCode,
        IsPortal = site.WebsiteType is { } type ? type == WebsiteType.Portal : null,
    };
}
