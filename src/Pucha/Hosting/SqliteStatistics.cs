using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pucha.Data;
using Pucha.Data.Infrastructure;

namespace Pucha.Hosting;

/// <summary>
/// Keeps SQLite's query-planner statistics current. Without them SQLite guesses that an equality on
/// any index (e.g. Status = 2) is more selective than the organization-path range, and the website
/// list of one province reads half the table (measured: 165 ms instead of 20 ms per query at 100,000
/// sites). A full ANALYZE reads every index (0.7 s at 100,000 sites); a sampled one (analysis_limit)
/// was tried and measured wrong: it judged Status = ? to match 1,001 of 100,000 rows instead of 25,000,
/// and the slow plan came back.
/// <para>
/// At start-up the platform analyzes before Kestrel accepts a request when the statistics are
/// missing or stale (<see cref="RefreshIfStaleAsync"/>, called by <see cref="PlatformInitializer"/>):
/// analyzing in the background while the first requests arrive served them with the slow plan (p95
/// 536 ms against a p50 of 12 ms in the first seconds after start). Afterwards this service checks
/// every <see cref="CheckInterval"/> and analyzes again when the registry has grown or shrunk by more
/// than a fifth (a census import), and at least every <see cref="Interval"/>. PostgreSQL does this itself
/// (autovacuum).
/// </para>
/// </summary>
public sealed class SqliteStatistics(IServiceProvider services, TimeProvider clock, ILogger<SqliteStatistics> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    public static readonly TimeSpan CheckInterval = TimeSpan.FromMinutes(10);

    /// <summary>Row-count drift (besides a fifth) below which statistics stay: small tables plan well either way.</summary>
    private const int ToleratedDrift = 100;

    /// <summary>Runs a full ANALYZE when the statistics of the website table are missing or stale; true when it did.</summary>
    public static async Task<bool> RefreshIfStaleAsync(PuchaDbContext db, CancellationToken cancellation)
    {
        if (db.Provider != DatabaseProvider.Sqlite || !await IsStaleAsync(db, cancellation))
            return false;
        await AnalyzeAsync(db, cancellation);
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(CheckInterval, clock);
        var lastAnalyzed = clock.GetUtcNow();
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();
                if (db.Provider != DatabaseProvider.Sqlite)
                    return;
                if (clock.GetUtcNow() - lastAnalyzed >= Interval)
                    await AnalyzeAsync(db, stoppingToken);
                else if (!await RefreshIfStaleAsync(db, stoppingToken))
                    continue;
                lastAnalyzed = clock.GetUtcNow();
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogWarning(error, "SQLite ANALYZE failed; the query planner keeps its previous statistics");
            }
        }
    }

    private static Task AnalyzeAsync(PuchaDbContext db, CancellationToken cancellation) =>
        db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=0; ANALYZE;", cancellation);

    // sqlite_stat1 exists after the first ANALYZE; its "stat" of an index starts with the row count seen then.
    private static async Task<bool> IsStaleAsync(PuchaDbContext db, CancellationToken cancellation)
    {
        var rows = await db.Websites.CountAsync(cancellation);
        var hasTable = await db.Database.SqlQueryRaw<int>(
            "SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'").SingleAsync(cancellation) > 0;
        if (!hasTable)
            return rows > 0;

        // LIMIT in the SQL itself: EF warns about FirstOrDefault over raw SQL that has no ORDER BY.
        var stat = (await db.Database.SqlQueryRaw<string>(
            "SELECT stat AS \"Value\" FROM sqlite_stat1 WHERE tbl = 'Websites' AND idx IS NOT NULL LIMIT 1").ToListAsync(cancellation)).FirstOrDefault();
        if (stat is null || !long.TryParse(stat.Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var recorded))
            return rows > 0;
        return Math.Abs(rows - recorded) > ToleratedDrift + recorded / 5;
    }
}
