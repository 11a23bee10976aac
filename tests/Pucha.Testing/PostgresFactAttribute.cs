using Xunit;

namespace Pucha.Testing;

/// <summary>A fact that needs PostgreSQL: skipped with the reason when PUCHA_TEST_PG is unset.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestEnvironment.PostgresSkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
