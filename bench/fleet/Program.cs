using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pucha.Bench.Fleet;
using Pucha.Core.Monitoring;
using Pucha.Data;

// Usage: Pucha.Bench.Fleet --db CONN [--sites 15000] [--compression 1] [--workers 1] [--measure-seconds 600]
//                          [--concurrency 16] [--pucha src/Pucha/bin/Release/net10.0/pucha.dll] [--label NAME]
//                          [--warmup-seconds 15] [--probes-only]
// Starts the fleet server, seeds a fresh database, starts `pucha worker` processes on the real Quartz
// scheduler, waits for the first recorded visit, then measures one window: visit lateness (StartedUtc − ScheduledUtc
// of every visit scheduled in the window) and the workers' CPU (utime + stime from /proc). Time is
// compressed by raising the visits a day: compression K = 24·K visits per site a day.
var options = args.Select((value, index) => (value, index)).Where(p => p.value.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(p => p.value[2..], p => p.index + 1 < args.Length ? args[p.index + 1] : "");
if (!options.TryGetValue("db", out var connectionString))
{
    Console.Error.WriteLine("usage: --db CONN [--sites 15000] [--compression 1] [--workers 1] [--measure-seconds 600] [--concurrency 16] [--pucha DLL] [--label NAME]");
    return 2;
}

int Int(string name, int fallback) => options.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
var sites = Int("sites", 15_000);
var compression = Int("compression", 1);
var workers = Int("workers", 1);
var measureSeconds = Int("measure-seconds", 600);
var concurrency = Int("concurrency", 16);
var warmupSeconds = Int("warmup-seconds", 15);
// --probes-only: the snapshot/column sweeps and the weekly inspection run once at start, then not for an
// hour/a day, so the window measures the probes alone (a fresh fleet's snapshot catch-up is not steady state).
var probesOnly = options.ContainsKey("probes-only");
var probesPerDay = 24 * compression;
var pucha = options.GetValueOrDefault("pucha") ?? "src/Pucha/bin/Release/net10.0/pucha.dll";
var label = options.GetValueOrDefault("label") ?? $"{sites}x{probesPerDay}";
var outDir = Directory.CreateDirectory("bench/out").FullName;
if (86_400 % probesPerDay != 0)
{
    Console.Error.WriteLine($"24 × compression must divide 86 400 (got {probesPerDay})");
    return 2;
}

void Say(string text) => Console.WriteLine($"{DateTime.UtcNow:HH:mm:ss} {text}");
Say($"fleet: {sites} sites × {probesPerDay} visits a day (compression {compression}), {workers} worker(s), window {measureSeconds} s, load {File.ReadAllText("/proc/loadavg").Trim()}");

await using var server = await FleetServer.StartAsync(0);
var seedClock = Stopwatch.StartNew();
await FleetSeeder.SeedAsync(connectionString, sites, server.Port);
Say($"seeded {sites} websites in {seedClock.Elapsed.TotalSeconds:0.0} s; fleet server on 127.0.0.1:{server.Port}");

var processes = new List<WorkerProcess>();
for (var i = 0; i < workers; i++)
    processes.Add(WorkerProcess.Start(pucha, connectionString, probesPerDay, concurrency, probesOnly, Path.Combine(outDir, $"fleet-{label}-worker{i}.log")));
try
{
    // No plan to wait for (a fixed number of shard jobs is stored at start): wait for the first recorded visit.
    var startClock = Stopwatch.StartNew();
    while (!await AnyVisitAsync(connectionString))
    {
        if (processes.Any(p => p.HasExited))
            throw new InvalidOperationException("a worker exited: see its log in bench/out");
        if (startClock.Elapsed > TimeSpan.FromMinutes(10))
            throw new TimeoutException("no visit recorded after 10 minutes");
        await Task.Delay(1000);
    }

    var startupCpu = processes.Sum(p => p.CpuSeconds());
    Say($"first visit recorded {startClock.Elapsed.TotalSeconds:0.0} s after start; workers' CPU so far {startupCpu:0.0} s (start-up)");

    // The window starts on a whole second a little after the plan, so every slot in it was planned.
    await Task.Delay(TimeSpan.FromSeconds(warmupSeconds));
    var now = DateTime.UtcNow;
    var windowStart = new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc).AddSeconds(1);
    var windowEnd = windowStart.AddSeconds(measureSeconds);
    await Task.Delay(windowStart - DateTime.UtcNow);
    var cpuAtStartPerWorker = processes.Select(p => p.CpuSeconds()).ToArray();
    var cpuAtStart = cpuAtStartPerWorker.Sum();
    var loadAtStart = File.ReadAllText("/proc/loadavg").Trim();
    var wall = Stopwatch.StartNew();
    await Task.Delay(windowEnd - DateTime.UtcNow);
    var cpuPerWorker = processes.Select((p, i) => p.CpuSeconds() - cpuAtStartPerWorker[i]).ToArray();
    var cpuInWindow = cpuPerWorker.Sum();
    var windowWall = wall.Elapsed.TotalSeconds;
    var loadAtEnd = File.ReadAllText("/proc/loadavg").Trim();
    // Visits scheduled at the end of the window may still be running (a hanging site takes 15 s).
    await Task.Delay(TimeSpan.FromSeconds(20));

    await using var db = new PuchaDbContext(PuchaDbContextOptions.Create(connectionString));
    var visits = await db.Set<ProbeVisit>().AsNoTracking()
        .Where(v => v.ScheduledUtc >= windowStart && v.ScheduledUtc < windowEnd)
        .Select(v => new { v.SiteId, v.ScheduledUtc, v.StartedUtc, v.Ok, v.ElapsedMs })
        .ToListAsync();
    var siteIds = await db.Websites.AsNoTracking().Select(w => w.Id).ToListAsync();
    var expected = 0;
    foreach (var id in siteIds)
        expected += ProbeSchedule.SlotsBetween(id, windowStart, windowEnd, probesPerDay).Count();
    var duplicates = visits.Count - visits.Select(v => (v.SiteId, v.ScheduledUtc)).Distinct().Count();
    var lateness = visits.Select(v => (v.StartedUtc - v.ScheduledUtc).TotalMilliseconds).Order().ToArray();
    double Percentile(double p) => lateness.Length == 0 ? double.NaN : lateness[Math.Min(lateness.Length - 1, (int)Math.Ceiling(p * lateness.Length) - 1)];
    var failures = visits.Count(v => !v.Ok);
    var plannedFailures = visits.Count(v => FleetServer.Plan(v.SiteId, new DateTimeOffset(v.StartedUtc).ToUnixTimeSeconds() / 60) is PlannedAnswer.Unavailable or PlannedAnswer.Hang);
    var share = cpuInWindow / windowWall;

    var lines = new[]
    {
        $"RESULT label={label} sites={sites} probesPerDay={probesPerDay} compression={compression} workers={workers} concurrency={concurrency} probes_only={probesOnly} warmup={warmupSeconds}s",
        $"RESULT window={measureSeconds}s expected={expected} recorded={visits.Count} missing={expected - visits.Count} duplicates={duplicates} rate={visits.Count / (double)measureSeconds:0.00}/s",
        $"RESULT lateness_ms p50={Percentile(0.50):0} p90={Percentile(0.90):0} p99={Percentile(0.99):0} max={Percentile(1.0):0}",
        $"RESULT failures={failures} ({100.0 * failures / Math.Max(1, visits.Count):0.00} %) planned_failures={plannedFailures}",
        $"RESULT cpu_seconds_window={cpuInWindow:0.00} wall={windowWall:0.0}s cpu_share_of_one_core={100 * share:0.00} % real_time_equivalent={100 * share / compression:0.00} % startup_cpu_seconds={startupCpu:0.0}",
        $"RESULT cpu_seconds_per_worker={string.Join(",", cpuPerWorker.Select(c => c.ToString("0.00", CultureInfo.InvariantCulture)))} share_per_worker={string.Join(",", cpuPerWorker.Select(c => (100 * c / windowWall).ToString("0.00", CultureInfo.InvariantCulture) + "%"))}",
        $"RESULT load_start=\"{loadAtStart}\" load_end=\"{loadAtEnd}\"",
    };
    foreach (var line in lines)
        Say(line);
    await File.AppendAllLinesAsync(Path.Combine(outDir, $"fleet-{label}.txt"), lines);
    return 0;
}
finally
{
    foreach (var process in processes)
        process.Dispose();
}

static async Task<bool> AnyVisitAsync(string connectionString)
{
    await using var db = new PuchaDbContext(PuchaDbContextOptions.Create(connectionString));
    return await db.Set<ProbeVisit>().AnyAsync();
}
