using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Pucha.Data.Census;

/// <summary>
/// Inserts many rows of one mapped entity with multi-row INSERT statements built from the EF model
/// (table, columns, type mappings and value converters), in the caller's transaction (on SQLite: one
/// prepared single-row statement per row). Change tracking
/// of 100,000+ entities costs seconds; this costs one statement per few hundred rows, on both databases.
/// </summary>
internal static class BulkInsert
{
    /// <summary>Parameters per PostgreSQL statement (its limit is 65,535).</summary>
    private const int MaxParameters = 30_000;

    public static async Task InsertAsync<T>(PuchaDbContext context, IReadOnlyList<T> rows, bool includeKey, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entityType = context.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = entityType.GetTableName()!;
        var properties = entityType.GetProperties()
            .Where(p => includeKey || !p.IsPrimaryKey())
            .Select(p => (Property: p, Mapping: (RelationalTypeMapping)p.GetRelationalTypeMapping(), Getter: p.GetGetter()))
            .ToArray();
        var columns = string.Join(", ", properties.Select(p => Quote(p.Property.GetColumnName())));
        var batch = Math.Max(1, MaxParameters / properties.Length);
        var connection = context.Database.GetDbConnection();
        var transaction = context.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("BulkInsert runs inside a transaction.");

        if (context.Provider == Infrastructure.DatabaseProvider.Sqlite)
        {
            // SQLite binds parameters by a linear name search: one prepared single-row statement,
            // executed per row inside the transaction, is the fast way there.
            await using var single = connection.CreateCommand();
            single.Transaction = transaction;
            single.CommandTimeout = PuchaDbContextOptions.CommandTimeoutSeconds;
            single.CommandText = $"INSERT INTO {Quote(table)} ({columns}) VALUES ({string.Join(", ", properties.Select((_, c) => $"@p{c}"))})";
            foreach (var row in rows)
            {
                single.Parameters.Clear();
                for (var c = 0; c < properties.Length; c++)
                {
                    var (property, mapping, getter) = properties[c];
                    single.Parameters.Add(mapping.CreateParameter(single, $"@p{c}", getter.GetClrValue(row), property.IsNullable));
                }

                await single.ExecuteNonQueryAsync(cancellationToken);
            }

            return;
        }

        for (var start = 0; start < rows.Count; start += batch)
        {
            var count = Math.Min(batch, rows.Count - start);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandTimeout = PuchaDbContextOptions.CommandTimeoutSeconds;
            var sql = new StringBuilder($"INSERT INTO {Quote(table)} ({columns}) VALUES ");
            for (var r = 0; r < count; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                var row = rows[start + r];
                for (var c = 0; c < properties.Length; c++)
                {
                    var (property, mapping, getter) = properties[c];
                    var name = $"@p{r}_{c}";
                    sql.Append(c == 0 ? name : ", " + name);
                    command.Parameters.Add(mapping.CreateParameter(command, name, getter.GetClrValue(row), property.IsNullable));
                }

                sql.Append(')');
            }

            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
