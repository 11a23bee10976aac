using System.Reflection;
using Pucha.Data.Infrastructure;
using Xunit.Sdk;

namespace Pucha.Testing;

/// <summary>Runs a theory on a fresh PostgreSQL database; the case is skipped (with the reason) when PUCHA_TEST_PG is unset.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresDataAttribute : DataAttribute
{
    public PostgresDataAttribute()
    {
        if (TestEnvironment.PostgresSkipReason is { } reason)
        {
            Skip = reason;
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseProvider.PostgreSql]];
}
