namespace Pucha.Testing;

/// <summary>What the test run was given: the PostgreSQL server, the repository and the shared fixtures.</summary>
public static class TestEnvironment
{
    /// <summary>Name of the variable holding an Npgsql connection string to a server where tests may create databases.</summary>
    public const string PostgresVariable = "PUCHA_TEST_PG";

    /// <summary>The PostgreSQL connection string, or null when tests must skip PostgreSQL.</summary>
    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    /// <summary>Skip reason for PostgreSQL tests when the server is not configured; null when it is.</summary>
    public static string? PostgresSkipReason => PostgresConnectionString is null
        ? $"PostgreSQL tests need {PostgresVariable} (an Npgsql connection string; ./test.sh sets it)."
        : null;

    /// <summary>The folder holding Pucha.slnx, found by walking up from the test's base directory.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>../shared/fixtures beside the repository, or null when absent (tests using it must skip).</summary>
    public static string? FixturesDirectory
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "fixtures"));
            return Directory.Exists(path) ? path : null;
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pucha.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Pucha.slnx not found above {AppContext.BaseDirectory}.");
    }
}
