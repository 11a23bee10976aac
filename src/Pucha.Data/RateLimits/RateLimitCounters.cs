using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Pucha.Data.RateLimits;

/// <summary>
/// Fixed-window counters in the database (<see cref="RateLimitCounter"/>), shared by every web node and
/// kept across restarts. Counting is one UPSERT … RETURNING that both databases run atomically, so two
/// nodes counting the same key at once get 1 and 2, never 1 and 1. Windows are aligned to the epoch
/// (a 15-minute window starts at :00, :15, :30, :45 UTC). Whenever a new window row is made, rows
/// whose window has ended are deleted, so the table holds about one row per key that is active now.
/// </summary>
public static class RateLimitCounters
{
    public const int MaxScopeLength = 40;

    private const string IncrementSql = """
        INSERT INTO "RateLimitCounters" ("Scope", "KeyHash", "WindowStart", "ExpiresAt", "Count") VALUES (@scope, @key, @start, @expires, 1)
        ON CONFLICT ("Scope", "KeyHash", "WindowStart") DO UPDATE SET "Count" = "RateLimitCounters"."Count" + 1
        RETURNING "Count"
        """;

    private const string ReadSql = """
        SELECT "Count" FROM "RateLimitCounters" WHERE "Scope" = @scope AND "KeyHash" = @key AND "WindowStart" = @start
        """;

    private const string PurgeSql = """DELETE FROM "RateLimitCounters" WHERE "ExpiresAt" <= @now""";

    /// <summary>Counts one more for <paramref name="key"/> in the current window and returns the count including it.</summary>
    public static async Task<int> IncrementAsync(PuchaDbContext context, string scope, string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var (start, expires) = Window(window, now);
        var count = Convert.ToInt32(await ScalarAsync(context, IncrementSql, cancellationToken,
            ("scope", Scope(scope)), ("key", Hash(key)), ("start", start), ("expires", expires)), CultureInfo.InvariantCulture);
        if (count == 1)
            await ScalarAsync(context, PurgeSql, cancellationToken, ("now", now.ToUnixTimeSeconds()));
        return count;
    }

    /// <summary>The count of <paramref name="key"/> in the current window, without counting.</summary>
    public static async Task<int> ReadAsync(PuchaDbContext context, string scope, string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var (start, _) = Window(window, now);
        var value = await ScalarAsync(context, ReadSql, cancellationToken, ("scope", Scope(scope)), ("key", Hash(key)), ("start", start));
        return value is null or DBNull ? 0 : Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }

    private static (long Start, long Expires) Window(TimeSpan window, DateTimeOffset now)
    {
        var length = Math.Max(1, (long)window.TotalSeconds);
        var seconds = now.ToUnixTimeSeconds();
        var start = seconds - (seconds % length);
        return (start, start + length);
    }

    private static string Scope(string scope) =>
        scope.Length is > 0 and <= MaxScopeLength ? scope : throw new ArgumentException($"限流范围名称须为 1–{MaxScopeLength} 个字符。", nameof(scope));

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static async Task<object?> ScalarAsync(PuchaDbContext context, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        var connection = context.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
            await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = sql;
            command.CommandTimeout = PuchaDbContextOptions.CommandTimeoutSeconds;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }

            return await command.ExecuteScalarAsync(cancellationToken);
        }
        finally
        {
            if (opened)
                await context.Database.CloseConnectionAsync();
        }
    }
}
