using Npgsql;

namespace Pucha.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server of the test run (./test.sh starts one and exports PUCHA_TEST_PG, a connection
/// string to its `postgres` database). Each test class creates its own database and drops it after.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "PUCHA_TEST_PG";
    public const string SkipReason = "PUCHA_TEST_PG is not set: no PostgreSQL server for this run (./test.sh starts one)";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static async Task<string> CreateDatabaseAsync()
    {
        var server = ConnectionString ?? throw new InvalidOperationException(SkipReason);
        var name = "pucha_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = true }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionString!);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
