namespace Pucha.Tests.Census;

/// <summary>A fact that needs the aiosmtpd server: skipped with the reason when PUCHA_TEST_PYTHON is unset.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SmtpFactAttribute : FactAttribute
{
    public SmtpFactAttribute()
    {
        if (SmtpTestServer.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A fact that needs both the aiosmtpd server and the PostgreSQL server.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SmtpPostgresFactAttribute : FactAttribute
{
    public SmtpPostgresFactAttribute()
    {
        if ((SmtpTestServer.SkipReason ?? Pucha.Testing.TestEnvironment.PostgresSkipReason) is { } reason)
        {
            Skip = reason;
        }
    }
}
