using Microsoft.Extensions.Time.Testing;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Pucha.Core.Accounts;
using Pucha.Core.Audit;
using Pucha.Core.Columns;
using Pucha.Core.Organizations;
using Pucha.Core.Regions;
using Pucha.Core.Websites;
using Pucha.Data.Infrastructure;
using Pucha.Testing;

namespace Pucha.Data.Tests.Migrations;

/// <summary>
/// There is no model snapshot: these tests prove the hand-written migrations produce exactly the
/// tables, columns and indexes the model expects, and that every property round-trips.
/// </summary>
public sealed class SchemaMatchesModelTests
{
    private static readonly DateTime Now = new(2018, 4, 1, 9, 30, 15, DateTimeKind.Utc);

    [Theory, SqliteData, PostgresData]
    public async Task Every_table_and_column_of_the_model_exists_and_no_other(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var context = database.CreateContext();
        await context.Database.OpenConnectionAsync();
        var connection = context.Database.GetDbConnection();

        foreach (var entityType in context.Model.GetEntityTypes())
        {
            var table = entityType.GetTableName()!;
            var store = StoreObjectIdentifier.Table(table);
            var expected = entityType.GetProperties().Select(p => p.GetColumnName(store)!).Order().ToList();
            Assert.Equal(expected, await ColumnsOfAsync(connection, table));
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task Every_index_of_the_model_exists(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var context = database.CreateContext();
        var sql = provider == DatabaseProvider.PostgreSql
            ? "SELECT indexname AS \"Value\" FROM pg_indexes WHERE schemaname = 'public'"
            : "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index'";
        var actual = (await context.Database.SqlQueryRaw<string>(sql).ToListAsync()).ToHashSet();

        var expected = context.Model.GetEntityTypes().SelectMany(t => t.GetIndexes()).Select(i => i.GetDatabaseName()!).ToList();
        Assert.NotEmpty(expected);
        Assert.All(expected, name => Assert.Contains(name, actual));
        if (provider == DatabaseProvider.PostgreSql)
        {
            Assert.Contains("IX_Websites_Name_trgm", actual);
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_fully_populated_instance_of_every_entity_round_trips(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = TestClocks.At(Now);
        var actor = new TestAuditActor(7, "admin", "/1/");

        var organization = new Organization
        {
            Name = "大连海关",
            Kind = OrganizationKind.ReportingUnit,
            Path = "/1/2/",
            RegionCode = "210200",
            DepartmentCode = "05",
            ManagementMode = ManagementMode.Vertical,
            ContactName = "张伟",
            ContactPhone = "0411-82792000",
            ContactEmail = "web@dalian.customs.gov.cn",
            Address = "大连市中山区港湾街",
        };
        var account = new UserAccount
        {
            UserName = "DalianCustoms",
            DisplayName = "大连海关网站管理员",
            Role = AccountRole.ReportingUnit,
            OrganizationPath = "/1/2/",
            PasswordHash = PasswordHasher.Hash("Dalian#2018x", PasswordHasher.MinimumIterations),
            MustChangePassword = true,
            FailedLoginCount = 3,
            LockoutUntil = Now.AddMinutes(15),
            LastLoginAt = Now.AddDays(-1),
            IsDisabled = true,
            Email = "admin@dalian.customs.gov.cn",
            Phone = "13800138000",
        };
        var website = SampleData.ValidWebsite(1);
        website.SiteCode = "bm05000001";
        website.Status = CensusStatus.Returned;
        website.WebsiteType = WebsiteType.Special;
        website.Columns.Add(new WebsiteColumn { Kind = ColumnKind.OnlineSystem, Position = 2, Name = "在线申报", Url = "http://site1.beijing.gov.cn/sb/" });

        await using (var context = database.CreateContext(actor, clock))
        {
            context.Organizations.Add(organization);
            await context.SaveChangesAsync();
            account.OrganizationId = organization.Id;
            website.OrganizationId = organization.Id;
            website.OrganizationPath = organization.Path;
            context.UserAccounts.Add(account);
            context.Websites.Add(website);
            context.AddAuditEntry(AuditAction.Return, nameof(Website), "1", "/1/2/", "退回原因：联系人手机有误");
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateContext())
        {
            AssertSameValues(context, organization, await context.Organizations.SingleAsync(o => o.Id == organization.Id));
            AssertSameValues(context, account, await context.UserAccounts.SingleAsync());
            AssertSameValues(context, website, await context.Websites.SingleAsync());
            AssertSameValues(context, website.Columns[0], await context.WebsiteColumns.SingleAsync());
            var audit = await context.AuditEntries.SingleAsync(a => a.Action == AuditAction.Return);
            Assert.Equal(Now, audit.OccurredAt);
            Assert.Equal(DateTimeKind.Utc, audit.OccurredAt.Kind);
            Assert.Equal("退回原因：联系人手机有误", audit.Detail);
            Assert.Equal(7, audit.ActorUserId);
            Assert.Equal("/1/", audit.ActorOrganizationPath);
            var region = await context.Regions.SingleAsync(r => r.Code == "110101");
            Assert.Equal(new Region { Code = "110101", Name = "东城区", FullName = "北京市东城区", Level = RegionLevel.County, ParentCode = "110100" },
                region, new RegionComparer());
        }
    }

    private static void AssertSameValues<T>(DbContext context, T expected, T actual)
        where T : class
    {
        foreach (var property in context.Model.FindEntityType(typeof(T))!.GetProperties())
        {
            var info = property.PropertyInfo!;
            Assert.True(Equals(info.GetValue(expected), info.GetValue(actual)),
                $"{typeof(T).Name}.{info.Name}: expected {info.GetValue(expected)}, read back {info.GetValue(actual)}");
        }
    }

    private static async Task<List<string>> ColumnsOfAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" WHERE 1 = 0";
        await using var reader = await command.ExecuteReaderAsync();
        return Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).Order().ToList();
    }

    private sealed class RegionComparer : IEqualityComparer<Region>
    {
        public bool Equals(Region? x, Region? y) =>
            x!.Code == y!.Code && x.Name == y.Name && x.FullName == y.FullName && x.Level == y.Level
            && x.ParentCode == y.ParentCode && x.IsPlaceholder == y.IsPlaceholder;

        public int GetHashCode(Region obj) => obj.Code.GetHashCode(StringComparison.Ordinal);
    }
}
