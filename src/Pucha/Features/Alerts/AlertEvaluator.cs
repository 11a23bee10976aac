using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pucha.Core;
using Pucha.Core.Alerts;
using Pucha.Core.Monitoring;
using Pucha.Data;
using Pucha.Data.Alerts;
using Pucha.Data.Monitoring;

namespace Pucha.Features.Alerts;

/// <summary>
/// Looks at the stored monitoring data and raises the alerts it calls for. Safe to run as often as
/// wanted and on several workers at once: every alert has an episode key and
/// <see cref="AlertStore.RaiseAsync"/> stores each (site, kind, episode) once.
/// Episodes: an outage is keyed by its first failed slot (its recovery by the same key); a column
/// deadline by the column and the last day it is fresh (a new item moves the day: a new episode);
/// a certificate by its expiry time (a renewed certificate is a new episode).
/// </summary>
public sealed class AlertEvaluator(PuchaDbContext context, AlertOptions options, TimeProvider clock)
{
    private const string TimeFormat = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>Raises 网站无法访问 and 网站恢复访问 alerts; returns how many were raised.</summary>
    public async Task<int> EvaluateAvailabilityAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var store = new AlertStore(context);
        var raised = 0;

        // First the recoveries: outages alerted and not yet recovered, where a visit has since succeeded.
        foreach (var outage in await OpenOutagesAsync(cancellationToken))
        {
            var firstFailure = DateTime.SpecifyKind(DateTime.ParseExact(outage.EpisodeKey, TimeFormat, CultureInfo.InvariantCulture), DateTimeKind.Utc);
            var recovery = await context.Set<ProbeVisit>().AsNoTracking()
                .Where(v => v.SiteId == outage.SiteId && v.Ok && v.ScheduledUtc > firstFailure && v.ScheduledUtc <= now)
                .OrderBy(v => v.ScheduledUtc).Select(v => (DateTime?)v.ScheduledUtc).FirstOrDefaultAsync(cancellationToken);
            var site = recovery is null ? null : await SiteAsync(outage.SiteId, cancellationToken);
            if (site is not null && await store.RaiseAsync(AlertMessages.Recovered(site, outage.EpisodeKey, firstFailure, recovery!.Value), now, cancellationToken))
                raised++;
        }

        // The current failure run of each site: failed visits after its last successful one (within the
        // availability window). A site with an outage alerted and not recovered is still in that episode,
        // however far back the run now reaches, so it gets no second alert.
        var since = now - MonitoringWindow.AvailabilityLength;
        var visits = context.Set<ProbeVisit>().AsNoTracking().Where(v => v.ScheduledUtc >= since && v.ScheduledUtc <= now);
        var runs = await visits
            .Where(v => !v.Ok && !visits.Any(o => o.SiteId == v.SiteId && o.Ok && o.ScheduledUtc > v.ScheduledUtc))
            .GroupBy(v => v.SiteId)
            .Select(g => new { SiteId = g.Key, Failures = g.Count(), First = g.Min(v => v.ScheduledUtc), Last = g.Max(v => v.ScheduledUtc) })
            .Where(r => r.Failures >= options.DownAfterFailures)
            .ToListAsync(cancellationToken);
        var stillDown = (await OpenOutagesAsync(cancellationToken)).Select(o => o.SiteId).ToHashSet();
        foreach (var run in runs.Where(r => !stillDown.Contains(r.SiteId)))
        {
            var site = await SiteAsync(run.SiteId, cancellationToken);
            var reason = await visits.Where(v => v.SiteId == run.SiteId && v.ScheduledUtc == run.Last).Select(v => v.Reason).FirstOrDefaultAsync(cancellationToken);
            if (site is not null && await store.RaiseAsync(AlertMessages.Down(site, EpisodeOf(run.First), run.First, run.Failures, reason), now, cancellationToken))
                raised++;
        }

        return raised;
    }

    /// <summary>Raises 栏目即将超期未更新 and 证书即将过期 alerts; returns how many were raised.</summary>
    public async Task<int> EvaluateDeadlinesAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = BeijingTime.DateOf(now);
        var store = new AlertStore(context);
        var raised = 0;

        // A column is fresh through LastFreshOn; warn from ColumnDeadlineDays before the day it turns stale.
        var columns = await new MonitoringQueries(context).ColumnStatesAsync(context.Websites, now, cancellationToken);
        foreach (var column in columns)
        {
            if (column.LastFreshOn is not { } lastFresh || column.NewestPublishedOn is not { } newest
                || today > lastFresh || today < lastFresh.AddDays(1 - options.ColumnDeadlineDays))
                continue;
            var site = await SiteAsync(column.SiteId, cancellationToken);
            var episode = $"{column.ColumnId.ToString(CultureInfo.InvariantCulture)}:{lastFresh:yyyy-MM-dd}";
            if (site is not null && await store.RaiseAsync(
                    AlertMessages.ColumnDeadline(site, episode, column.Name, column.Url, column.Freshness, newest, lastFresh), now, cancellationToken))
                raised++;
        }

        // The newest certificate seen on each homepage.
        var snapshots = context.Set<HomepageSnapshot>().AsNoTracking().Where(s => s.CertificateNotAfterUtc != null && s.ScheduledUtc <= now);
        var horizon = now.AddDays(options.CertificateDays);
        var expiring = await snapshots
            .Where(s => s.ScheduledUtc == snapshots.Where(o => o.SiteId == s.SiteId).Max(o => o.ScheduledUtc) && s.CertificateNotAfterUtc <= horizon)
            .Select(s => new { s.SiteId, NotAfter = s.CertificateNotAfterUtc!.Value })
            .ToListAsync(cancellationToken);
        foreach (var certificate in expiring)
        {
            var site = await SiteAsync(certificate.SiteId, cancellationToken);
            if (site is not null && await store.RaiseAsync(
                    AlertMessages.Certificate(site, EpisodeOf(certificate.NotAfter), certificate.NotAfter, now), now, cancellationToken))
                raised++;
        }

        return raised;
    }

    private async Task<List<(int SiteId, string EpisodeKey)>> OpenOutagesAsync(CancellationToken cancellationToken)
    {
        var alerts = context.Set<Alert>().AsNoTracking();
        var open = await alerts
            .Where(a => a.Kind == AlertKinds.SiteDown
                && !alerts.Any(r => r.SiteId == a.SiteId && r.Kind == AlertKinds.SiteRecovered && r.EpisodeKey == a.EpisodeKey))
            .Select(a => new { a.SiteId, a.EpisodeKey })
            .ToListAsync(cancellationToken);
        return open.ConvertAll(o => (o.SiteId, o.EpisodeKey));
    }

    private static string EpisodeOf(DateTime utc) => utc.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private Task<AlertMessages.Site?> SiteAsync(int siteId, CancellationToken cancellationToken) =>
        context.Websites.AsNoTracking().Where(w => w.Id == siteId)
            .Select(w => new AlertMessages.Site(w.Id, w.Name, w.HomepageUrl))
            .FirstOrDefaultAsync(cancellationToken);
}
