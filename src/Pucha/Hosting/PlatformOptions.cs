namespace Pucha.Hosting;

/// <summary>
/// Everything the web platform needs to start: where it listens, which database it uses, how the
/// first administrator gets a password, and the clock. `pucha serve` fills it from the command line
/// and the environment; tests fill it directly.
/// </summary>
public sealed record PlatformOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";
    public const string DatabaseVariable = "PUCHA_DB";
    public const string AdminPasswordVariable = "PUCHA_ADMIN_PASSWORD";

    /// <summary>
    /// Reads `--db` / PUCHA_DB: a connection string as it is, or a bare file path as a SQLite database.
    /// </summary>
    public static string? ConnectionStringFrom(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : value.Contains('=') ? value.Trim()
        : $"Data Source={Path.GetFullPath(value.Trim())}";

    /// <summary>Kestrel addresses, separated by ';'. Port 0 picks a free port (tests).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>
    /// The database: an Npgsql connection string ("Host=…;Database=…;Username=…") or a SQLite one
    /// ("Data Source=…"). Null or empty: ./data/pucha.db under the current directory.
    /// </summary>
    public string? ConnectionString { get; init; }

    /// <summary>
    /// Password of the top administrator `admin` when it is created. Null: a random one-time password is
    /// generated and written once to <see cref="Console"/>; either way it must be changed at first login.
    /// </summary>
    public string? AdminPassword { get; init; }

    /// <summary>Where the one-time administrator password is printed.</summary>
    public TextWriter Console { get; init; } = System.Console.Out;

    /// <summary>The clock for lockouts, audit times and cookies (tests move it forward).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// PBKDF2 iterations for new password hashes. The default is the Core's current figure; tests use the
    /// Core's minimum to stay fast (a stored hash carries its own count, so verification is unaffected).
    /// </summary>
    public int PasswordIterations { get; init; } = Pucha.Core.Accounts.PasswordHasher.Iterations;

    /// <summary>Log level floor for the framework's own categories.</summary>
    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Information;

    /// <summary>
    /// Runs the monitoring scheduler (availability probes of every registered site) in this process,
    /// as `pucha serve` does by default. Platform tests turn it off: their sample sites have public
    /// names that must never be looked up or visited from here.
    /// </summary>
    public bool Monitoring { get; init; } = true;

    /// <summary>
    /// Configuration values layered over appsettings.json and the environment (key "Section:Name"),
    /// e.g. tests let inspections reach loopback with "Inspection:AllowNetworks:0" = "127.0.0.0/8".
    /// </summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();
}
