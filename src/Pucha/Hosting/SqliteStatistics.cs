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
/// and the slow plan came back. It runs in the background at start-up and every few hours.
/// PostgreSQL does this itself (autovacuum).
/// </summary>
public sealed class SqliteStatistics(IServiceProvider services, TimeProvider clock, ILogger<SqliteStatistics> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();
                if (db.Provider != DatabaseProvider.Sqlite)
                    return;
                await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=0; ANALYZE;", stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogWarning(error, "SQLite ANALYZE failed; the query planner keeps its previous statistics");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
