using Pucha.Testing;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Pucha.Tests.Infrastructure;

/// <summary>
/// A fact of a test class that runs on one database (SQLite or PostgreSQL, chosen by its fixture).
/// Classes marked <see cref="IPostgresTests"/> are skipped with a clear reason when PUCHA_TEST_PG is unset.
/// </summary>
[XunitTestCaseDiscoverer("Pucha.Tests.Infrastructure.DatabaseFactDiscoverer", "Pucha.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseFactAttribute : FactAttribute;

/// <summary>Marks a test class that needs the PostgreSQL server.</summary>
public interface IPostgresTests;

public sealed class DatabaseFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod method, IAttributeInfo attribute)
    {
        var testClass = method.TestClass.Class.ToRuntimeType();
        if (typeof(IPostgresTests).IsAssignableFrom(testClass) && TestEnvironment.PostgresSkipReason is not null)
        {
            yield return new XunitSkippedDataRowTestCase(diagnostics, options.MethodDisplayOrDefault(),
                options.MethodDisplayOptionsOrDefault(), method, TestEnvironment.PostgresSkipReason!);
            yield break;
        }
        yield return new XunitTestCase(diagnostics, options.MethodDisplayOrDefault(),
            options.MethodDisplayOptionsOrDefault(), method);
    }
}
