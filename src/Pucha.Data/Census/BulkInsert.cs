using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Pucha.Data.Census;

/// <summary>
/// Inserts many rows of one mapped entity, built from the EF model (table, columns, type mappings and
/// value converters), in the caller's transaction: on SQLite one prepared single-row statement per row,
/// on PostgreSQL one binary COPY. Change tracking of 100,000+ entities costs seconds; this does not.
/// </summary>
internal static class BulkInsert
{
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
            // Parameters are made once (their type from the mapping) and only their values change per row.
            var parameters = new DbParameter[properties.Length];
            for (var c = 0; c < properties.Length; c++)
            {
                var (property, mapping, _) = properties[c];
                parameters[c] = mapping.CreateParameter(single, $"@p{c}", null, property.IsNullable);
                single.Parameters.Add(parameters[c]);
            }

            single.Prepare();
            foreach (var row in rows)
            {
                for (var c = 0; c < properties.Length; c++)
                {
                    var (_, mapping, getter) = properties[c];
                    var value = getter.GetClrValue(row);
                    if (value is not null && mapping.Converter is { } converter)
                    {
                        value = converter.ConvertToProvider(value);
                    }

                    parameters[c].Value = value ?? DBNull.Value;
                }

                await single.ExecuteNonQueryAsync(cancellationToken);
            }

            return;
        }

        // PostgreSQL: binary COPY. Multi-row INSERTs of 30,000 parameters cost the server seconds of parsing
        // and planning for a 10,000-site workbook; COPY streams the rows with no statement to plan.
        var npgsql = (NpgsqlConnection)connection;
        await using (var writer = await npgsql.BeginBinaryImportAsync(
            $"COPY {Quote(table)} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            writer.Timeout = TimeSpan.FromSeconds(PuchaDbContextOptions.CommandTimeoutSeconds);
            foreach (var row in rows)
            {
                await writer.StartRowAsync(cancellationToken);
                foreach (var (_, mapping, getter) in properties)
                {
                    var value = getter.GetClrValue(row);
                    if (value is not null && mapping.Converter is { } converter)
                    {
                        value = converter.ConvertToProvider(value);
                    }

                    if (value is null)
                    {
                        await writer.WriteNullAsync(cancellationToken);
                    }
                    else
                    {
                        await writer.WriteAsync(value, mapping.StoreTypeNameBase, cancellationToken);
                    }
                }
            }

            await writer.CompleteAsync(cancellationToken);
        }
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
