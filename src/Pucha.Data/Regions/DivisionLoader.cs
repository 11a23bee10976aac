using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Pucha.Core.Regions;

namespace Pucha.Data.Regions;

/// <summary>
/// Upserts the division files into the Regions table in one transaction; a second run changes nothing.
/// New rows go in as multi-row INSERTs (EF would send one statement per row: seconds instead of
/// milliseconds for ~3,350 rows on SQLite); the rare changed rows are updated one by one.
/// </summary>
public static class DivisionLoader
{
    /// <summary>Rows per INSERT statement: 6 parameters each, far below both databases' parameter limits.</summary>
    private const int RowsPerInsert = 250;

    /// <summary>Loads <paramref name="regions"/> (default: <see cref="DivisionFiles.Read"/>); returns how many rows were added or changed.</summary>
    public static async Task<int> LoadAsync(PuchaDbContext context, IReadOnlyList<Region>? regions = null, CancellationToken cancellationToken = default)
    {
        regions ??= DivisionFiles.Read();
        var existing = await context.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code, StringComparer.Ordinal, cancellationToken);
        var added = new List<Region>();
        var changed = new List<Region>();
        foreach (var region in regions)
        {
            if (!existing.TryGetValue(region.Code, out var row))
            {
                added.Add(region);
                continue;
            }

            if (row.Name != region.Name || row.FullName != region.FullName || row.Level != region.Level
                || row.ParentCode != region.ParentCode || row.IsPlaceholder != region.IsPlaceholder)
            {
                changed.Add(region);
            }
        }

        // Codes withdrawn from the standard stay: organizations and websites may still refer to them.
        if (added.Count == 0 && changed.Count == 0)
        {
            return 0;
        }

        var ownsTransaction = context.Database.CurrentTransaction is null;
        await using var transaction = ownsTransaction ? await context.Database.BeginTransactionAsync(cancellationToken) : null;
        await InsertAsync(context, added, cancellationToken);
        foreach (var region in changed)
        {
            await context.Regions.Where(r => r.Code == region.Code).ExecuteUpdateAsync(set => set
                .SetProperty(r => r.Name, region.Name)
                .SetProperty(r => r.FullName, region.FullName)
                .SetProperty(r => r.Level, region.Level)
                .SetProperty(r => r.ParentCode, region.ParentCode)
                .SetProperty(r => r.IsPlaceholder, region.IsPlaceholder), cancellationToken);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return added.Count + changed.Count;
    }

    private static async Task InsertAsync(PuchaDbContext context, List<Region> rows, CancellationToken cancellationToken)
    {
        var connection = context.Database.GetDbConnection();
        var transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        for (var start = 0; start < rows.Count; start += RowsPerInsert)
        {
            var chunk = rows.GetRange(start, Math.Min(RowsPerInsert, rows.Count - start));
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder("INSERT INTO \"Regions\" (\"Code\", \"Name\", \"FullName\", \"Level\", \"ParentCode\", \"IsPlaceholder\") VALUES ");
            for (var i = 0; i < chunk.Count; i++)
            {
                var r = chunk[i];
                sql.Append(i == 0 ? "(" : ", (");
                sql.Append(Parameter(command, $"c{i}", r.Code)).Append(", ")
                    .Append(Parameter(command, $"n{i}", r.Name)).Append(", ")
                    .Append(Parameter(command, $"f{i}", r.FullName)).Append(", ")
                    .Append(Parameter(command, $"l{i}", (int)r.Level)).Append(", ")
                    .Append(Parameter(command, $"p{i}", r.ParentCode)).Append(", ")
                    .Append(Parameter(command, $"h{i}", r.IsPlaceholder)).Append(')');
            }

            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static string Parameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter.ParameterName;
    }
}
