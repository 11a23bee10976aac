using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Pucha.Core.Census;

namespace Pucha.Data.Census;

/// <summary>
/// Takes the next 网站标识码 sequence of a prefix with one statement that both databases run
/// atomically: an UPSERT on <see cref="SiteIdentifierCounter"/> returning the new value. Inside the
/// caller's transaction the counter row stays locked until commit (PostgreSQL row lock, SQLite's
/// write lock), so concurrent approvals of one prefix never get the same number; a rolled-back
/// approval gives its number back.
/// </summary>
public static class SiteIdentifierAllocator
{
    private const string Sql = """
        INSERT INTO "SiteIdentifierCounters" ("Prefix", "LastSequence") VALUES (@prefix, 1)
        ON CONFLICT ("Prefix") DO UPDATE SET "LastSequence" = "SiteIdentifierCounters"."LastSequence" + 1
        RETURNING "LastSequence"
        """;

    /// <summary>The next identifier under <paramref name="prefix"/>; call inside a transaction.</summary>
    public static async Task<string> NextAsync(PuchaDbContext context, string prefix, CancellationToken cancellationToken = default)
    {
        var transaction = context.Database.CurrentTransaction
            ?? throw new InvalidOperationException("网站标识码须在审核事务中生成。");
        var connection = context.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = Sql;
        command.CommandTimeout = PuchaDbContextOptions.CommandTimeoutSeconds;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "prefix";
        parameter.Value = prefix;
        command.Parameters.Add(parameter);
        var result = await command.ExecuteScalarAsync(cancellationToken);
        var sequence = Convert.ToInt32(result, System.Globalization.CultureInfo.InvariantCulture);
        return SiteIdentifier.Format(prefix, sequence);
    }
}
