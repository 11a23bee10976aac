using System.Reflection;
using Pucha.Data.Infrastructure;
using Xunit.Sdk;

namespace Pucha.Testing;

/// <summary>
/// Runs a theory on a SQLite file: <c>[Theory, SqliteData, PostgresData] Task X(DatabaseProvider provider)</c>.
/// Create the database in the test with <see cref="TestDatabase.CreateAsync"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteDataAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseProvider.Sqlite]];
}
