using System.Reflection;
using Microsoft.EntityFrameworkCore.Migrations;
using Pucha.Data.Migrations;
using Pucha.Testing;

namespace Pucha.Data.Tests.Migrations;

/// <summary>
/// A migration is found by its id: the file is named by the id, the class by the id's name part, so the folder
/// lists migrations in the order they apply and no two share a number.
/// </summary>
public sealed class MigrationNamingTests
{
    private static readonly IReadOnlyList<(Type Type, string Id)> Declared = typeof(Census2015).Assembly.GetTypes()
        .Where(type => typeof(Migration).IsAssignableFrom(type) && !type.IsAbstract)
        .Select(type => (type, type.GetCustomAttribute<MigrationAttribute>()!.Id))
        .OrderBy(migration => migration.Id, StringComparer.Ordinal)
        .ToList();

    [Fact]
    public void Each_class_is_named_by_its_id()
    {
        Assert.NotEmpty(Declared);
        foreach (var (type, id) in Declared)
        {
            Assert.Matches("^[0-9]{14}_[A-Za-z0-9]+$", id);
            Assert.Equal(id[15..], type.Name);
        }
    }

    [Fact]
    public void Each_file_is_named_by_its_id_and_holds_that_class()
    {
        var folder = Path.Combine(TestEnvironment.RepositoryRoot, "src", "Pucha.Data", "Migrations");
        var files = Directory.GetFiles(folder, "*.cs").Select(Path.GetFileNameWithoutExtension)
            .Where(name => name != "MigrationBuilderExtensions").Order(StringComparer.Ordinal).ToList();

        Assert.Equal(Declared.Select(migration => migration.Id), files);
        foreach (var (type, id) in Declared)
            Assert.Contains($"class {type.Name} : Migration", File.ReadAllText(Path.Combine(folder, id + ".cs")));
    }
}
