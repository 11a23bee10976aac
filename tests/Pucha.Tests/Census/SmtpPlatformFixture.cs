using Pucha.Data.Infrastructure;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.Census;

/// <summary>
/// The platform on SQLite whose outbox delivers to a real aiosmtpd on loopback, polled every 200 ms.
/// Without PUCHA_TEST_PYTHON no server is started (its tests are skipped by [SmtpFact]).
/// </summary>
public class SmtpPlatformFixture : PlatformFixture
{
    private SmtpTestServer? _smtp;

    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    internal SmtpTestServer Smtp => _smtp ?? throw new InvalidOperationException(SmtpTestServer.SkipReason);

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Mail:Smtp:Host"] = "127.0.0.1",
        ["Mail:Smtp:Port"] = (_smtp?.Port ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Smtp:Sender"] = "pucha@census.example",
        ["Mail:Smtp:TimeoutSeconds"] = "10",
        ["Mail:Outbox:PollInterval"] = "00:00:00.200",
    };

    public override async Task InitializeAsync()
    {
        if (SmtpTestServer.SkipReason is null)
            _smtp = SmtpTestServer.Start();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _smtp?.Dispose();
    }
}

/// <summary>The same on PostgreSQL (tests skipped by [SmtpPostgresFact] without PUCHA_TEST_PG).</summary>
public sealed class PostgresSmtpPlatformFixture : SmtpPlatformFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
