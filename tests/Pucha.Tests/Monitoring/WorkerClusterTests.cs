using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Pucha.Core.Monitoring;
using Pucha.Core.Organizations;
using Pucha.Data.Infrastructure;
using Pucha.Testing;

namespace Pucha.Tests.Monitoring;

/// <summary>
/// `pucha worker` as real processes. On PostgreSQL three workers share the jobs through Quartz's
/// clustered store; one is killed with SIGKILL mid-run, and every slot of the run must still be
/// recorded exactly once. On SQLite one worker runs everything in memory.
/// The test cadence is 43 200 probes a day: one every 2 s per site.
/// </summary>
public sealed class WorkerClusterTests
{
    private const int ProbesPerDay = 43_200;
    private const int Sites = 3;

    [Theory, SqliteData, PostgresData]
    public Task Every_scheduled_visit_is_recorded_exactly_once_even_when_a_worker_is_killed(DatabaseProvider provider) =>
        RunClusterAsync(provider, graceful: false);

    /// <summary>
    /// SIGTERM: the stopped worker's firings are cancelled and release their windows; the next firings of
    /// those shards on the survivors take them over. Only on PostgreSQL: on SQLite one worker runs everything,
    /// so there is nobody to hand its windows to.
    /// </summary>
    [Theory, PostgresData]
    public Task Every_scheduled_visit_is_recorded_exactly_once_even_when_a_worker_is_stopped_gracefully(DatabaseProvider provider) =>
        RunClusterAsync(provider, graceful: true);

    private static async Task RunClusterAsync(DatabaseProvider provider, bool graceful)
    {
        Output.Clear();
        await using var site = await LoopbackSite.StartAsync();
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var siteIds = await SeedSitesAsync(database, site.BaseUrl);
        var workerCount = provider == DatabaseProvider.PostgreSql ? 3 : 1;
        var workers = new List<Process>();
        try
        {
            // The first worker provisions Quartz's tables; the others join the running cluster.
            workers.Add(StartWorker(database.ConnectionString));
            // Each site's shard starts on its own staggered grid: wait until every site has been visited once.
            await WaitForAsync(() => CountVisitedSitesAsync(database), n => n == Sites, TimeSpan.FromSeconds(90));
            for (var i = 1; i < workerCount; i++)
                workers.Add(StartWorker(database.ConnectionString));
            // On a loaded machine a worker can take tens of seconds to start: kill only once every
            // scheduler has joined the cluster (checked in), or there is no survivor to take over.
            if (workerCount > 1)
                await WaitForAsync(() => CountSchedulersAsync(database), n => n >= workerCount, TimeSpan.FromSeconds(120));

            await Task.Delay(TimeSpan.FromSeconds(8));
            if (workerCount > 1 && graceful)
            {
                // SIGTERM: the host stops Quartz, which cancels the running firings; they release their windows.
                Remember("TERM " + workers[0].Id);
                await StopAsync([workers[0]]);
                var stopped = " " + workers[0].Id + " ";
                Assert.Contains(Output, line => line.Contains(stopped, StringComparison.Ordinal) && line.Contains("released for the other workers", StringComparison.Ordinal));
            }
            else if (workerCount > 1)
            {
                Remember("KILL " + workers[0].Id);
                workers[0].Kill(); // SIGKILL: no shutdown, its acquired and running firings are left to the cluster
                await workers[0].WaitForExitAsync();
            }

            // The survivors notice the dead worker after a few check-ins, take over its triggers and catch up.
            await Task.Delay(TimeSpan.FromSeconds(workerCount > 1 ? 30 : 16));
            var end = DateTime.UtcNow.AddSeconds(-6); // slots after this may still be in flight
            if (graceful)
                Assert.Contains(Output, line => line.Contains("released by a stopped worker, taken over", StringComparison.Ordinal));
            Remember("END " + end.ToString("HH:mm:ss.fff"));
            await StopAsync(workers);

            await using var context = database.CreateContext();
            var visits = await context.Set<ProbeVisit>().AsNoTracking().ToListAsync();
            foreach (var siteId in siteIds)
            {
                var recorded = visits.Where(v => v.SiteId == siteId).Select(v => v.ScheduledUtc).Order().ToList();
                Assert.NotEmpty(recorded);
                var expected = ProbeSchedule.SlotsBetween(siteId, recorded[0], end, ProbesPerDay).Select(s => s.ScheduledUtc).ToList();
                Assert.True(expected.Count >= 8, $"site {siteId}: only {expected.Count} slots in the run");
                Assert.Equal(expected, recorded.Where(t => t < end));
                Assert.All(visits.Where(v => v.SiteId == siteId), v => Assert.True(v.Ok, v.Reason));
            }

            // A recovered firing may visit again before it finds its slot stored, never fewer.
            Assert.True(site.Visits >= visits.Count, $"{site.Visits} requests for {visits.Count} visits");
        }
        finally
        {
            foreach (var worker in workers.Where(w => !w.HasExited))
                worker.Kill();
        }
    }

    /// <summary>Sites whose homepages are paths of the loopback site (also used by <see cref="ProbeShardClaimTests"/>).</summary>
    internal static async Task<int[]> SeedSitesAsync(TestDatabase database, string baseUrl, int count = Sites)
    {
        await using var context = database.CreateContext();
        var organization = new Organization { Name = "单位", Kind = OrganizationKind.ReportingUnit, Path = "/1/" };
        context.Organizations.Add(organization);
        await context.SaveChangesAsync();
        var sites = Enumerable.Range(1, count).Select(n =>
        {
            var website = SampleData.ValidWebsite(n, organization.Id);
            website.HomepageUrl = $"{baseUrl}/site{n}/";
            website.NormalizedHomepageUrl = website.HomepageUrl;
            return website;
        }).ToList();
        context.Websites.AddRange(sites);
        await context.SaveChangesAsync();
        return sites.Select(s => s.Id).ToArray();
    }

    private static Process StartWorker(string connectionString)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pucha.dll"));
        start.ArgumentList.Add("worker");
        start.ArgumentList.Add("--db");
        start.ArgumentList.Add(connectionString);
        start.Environment["Monitoring__ProbesPerDay"] = ProbesPerDay.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Monitoring__AllowNetworks__0"] = "127.0.0.0/8";
        // Short shard periods, so the kill lands mid-period and recovery re-runs a period that was half done.
        start.Environment["Monitoring__ProbeShards"] = "4";
        start.Environment["Monitoring__ProbeShardPeriodSeconds"] = "10";
        start.Environment["Monitoring__ClusterCheckinSeconds"] = "2";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Pucha"] = "Debug";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        var process = Process.Start(start)!;
        // Drained so a chatty worker never blocks on a full pipe; kept for the failure message.
        process.OutputDataReceived += (_, e) => Remember(process.Id + " " + e.Data);
        process.ErrorDataReceived += (_, e) => Remember(process.Id + " " + e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static readonly System.Collections.Concurrent.ConcurrentQueue<string> Output = new();

    private static void Remember(string? line)
    {
        if (line is null)
            return;
        line = DateTime.UtcNow.ToString("HH:mm:ss.fff") + " " + line;
        Output.Enqueue(line);
        while (Output.Count > 2000)
            Output.TryDequeue(out _);
    }

    private static async Task StopAsync(List<Process> workers)
    {
        foreach (var worker in workers.Where(w => !w.HasExited))
            Process.Start("kill", ["-TERM", worker.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        foreach (var worker in workers.Where(w => !w.HasExited))
            await worker.WaitForExitAsync(timeout.Token);
    }

    private static async Task<int> CountSchedulersAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        return await context.Database.SqlQueryRaw<int>("SELECT COUNT(*)::int AS \"Value\" FROM qrtz_scheduler_state").SingleAsync();
    }

    private static async Task<int> CountVisitedSitesAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        return await context.Set<ProbeVisit>().Select(v => v.SiteId).Distinct().CountAsync();
    }

    private static async Task WaitForAsync(Func<Task<int>> read, Func<int, bool> done, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!done(await read()))
        {
            if (clock.Elapsed > limit)
                throw new TimeoutException($"Nothing recorded within {limit}. Worker output:\n{string.Join('\n', Output)}");
            await Task.Delay(500);
        }
    }
}
