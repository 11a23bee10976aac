using Microsoft.Extensions.Time.Testing;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pucha.Core.Accounts;
using Pucha.Core.Audit;
using Pucha.Core.Columns;
using Pucha.Core.Organizations;
using Pucha.Core.Websites;
using Pucha.Data.Infrastructure;
using Pucha.Data.Organizations;
using Pucha.Testing;

namespace Pucha.Data.Tests.Audit;

public sealed class AuditInterceptorTests
{
    private static readonly DateTime Now = new(2018, 4, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly TestAuditActor Actor = new(42, "hunan-admin", "/1/2/");

    [Theory, SqliteData, PostgresData]
    public async Task Adding_writes_a_create_entry_with_the_new_values(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (organizationId, path) = await AddOrganizationAsync(database);

        int websiteId;
        await using (var context = database.CreateContext(Actor, TestClocks.At(Now)))
        {
            var website = SampleData.ValidWebsite(1, organizationId, path);
            website.Columns.Add(new WebsiteColumn { Kind = ColumnKind.WorkNews, Name = "工作动态", Url = "http://a.gov.cn/gzdt/" });
            context.Websites.Add(website);
            await context.SaveChangesAsync();
            websiteId = website.Id;
        }

        await using (var context = database.CreateContext())
        {
            var entry = await context.AuditEntries.SingleAsync(a => a.EntityType == nameof(Website));
            Assert.Equal(AuditAction.Create, entry.Action);
            Assert.Equal(websiteId.ToString(), entry.EntityId);
            Assert.Equal(path, entry.OrganizationPath);
            Assert.Equal(42, entry.ActorUserId);
            Assert.Equal("hunan-admin", entry.ActorName);
            Assert.Equal("/1/2/", entry.ActorOrganizationPath);
            Assert.Equal(Now, entry.OccurredAt);
            var changes = Parse(entry.Changes);
            Assert.Equal("首都之窗1", changes["Name"].GetProperty("new").GetString());
            Assert.Equal(JsonValueKind.Null, changes["Name"].GetProperty("old").ValueKind);
            Assert.Equal(websiteId, changes["Id"].GetProperty("new").GetInt32());

            var column = await context.AuditEntries.SingleAsync(a => a.EntityType == nameof(WebsiteColumn));
            Assert.Equal(path, column.OrganizationPath);
            Assert.Equal("WorkNews", Parse(column.Changes)["Kind"].GetProperty("new").GetString());
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task Modifying_writes_only_the_changed_fields_with_old_and_new_values(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var websiteId = await AddWebsiteAsync(database);

        await using (var context = database.CreateContext(Actor, TestClocks.At(Now.AddHours(1))))
        {
            var website = await context.Websites.SingleAsync(w => w.Id == websiteId);
            website.Name = "首都之窗（新版）";
            website.ContactMobile = "无";
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateContext())
        {
            var entry = await context.AuditEntries.SingleAsync(a => a.Action == AuditAction.Update);
            var changes = Parse(entry.Changes);
            Assert.Equal(["ContactMobile", "Name", "UpdatedAt", "Version"], changes.Keys.Order());
            Assert.Equal("首都之窗1", changes["Name"].GetProperty("old").GetString());
            Assert.Equal("首都之窗（新版）", changes["Name"].GetProperty("new").GetString());
            Assert.Equal(1, changes["Version"].GetProperty("old").GetInt32());
            Assert.Equal(2, changes["Version"].GetProperty("new").GetInt32());
            Assert.Equal(websiteId.ToString(), entry.EntityId);
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task Deleting_writes_the_old_values(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var websiteId = await AddWebsiteAsync(database);

        await using (var context = database.CreateContext(Actor))
        {
            context.Websites.Remove(await context.Websites.SingleAsync(w => w.Id == websiteId));
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateContext())
        {
            var entry = await context.AuditEntries.SingleAsync(a => a.Action == AuditAction.Delete);
            var changes = Parse(entry.Changes);
            Assert.Equal("首都之窗1", changes["Name"].GetProperty("old").GetString());
            Assert.Equal(JsonValueKind.Null, changes["Name"].GetProperty("new").ValueKind);
            Assert.False(await context.Websites.AnyAsync());
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task Password_hashes_never_reach_the_log(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (organizationId, path) = await AddOrganizationAsync(database);
        var firstHash = PasswordHasher.Hash("First#Password1", PasswordHasher.MinimumIterations);
        var secondHash = PasswordHasher.Hash("Second#Password2", PasswordHasher.MinimumIterations);

        await using (var context = database.CreateContext(Actor))
        {
            context.UserAccounts.Add(new UserAccount
            {
                UserName = "tianxin", DisplayName = "天心区", Role = AccountRole.Organizer,
                OrganizationId = organizationId, OrganizationPath = path, PasswordHash = firstHash,
            });
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateContext(Actor))
        {
            var account = await context.UserAccounts.SingleAsync();
            account.PasswordHash = secondHash;
            account.MustChangePassword = true;
            context.AddAuditEntry(AuditAction.ResetPassword, nameof(UserAccount), account.Id.ToString(), path);
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateContext())
        {
            var entries = await context.AuditEntries.Where(a => a.EntityType == nameof(UserAccount)).OrderBy(a => a.Id).ToListAsync();
            Assert.Equal([AuditAction.Create, AuditAction.ResetPassword, AuditAction.Update], entries.Select(e => e.Action));
            Assert.All(entries, e => Assert.DoesNotContain("PasswordHash", e.Changes ?? ""));
            Assert.All(entries, e => Assert.DoesNotContain("pbkdf2", e.Changes ?? ""));
            Assert.Equal(["MustChangePassword", "UpdatedAt"], Parse(entries[2].Changes).Keys.Order());
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_failed_save_leaves_neither_the_change_nor_its_log(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var websiteId = await AddWebsiteAsync(database);

        await using (var context = database.CreateContext(Actor))
        {
            var duplicate = SampleData.ValidWebsite(1, (await context.Websites.SingleAsync()).OrganizationId, "/1/");
            var renamed = await context.Websites.SingleAsync(w => w.Id == websiteId);
            renamed.Name = "改名";
            context.Websites.Add(duplicate);
            await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
        }

        await using (var context = database.CreateContext())
        {
            Assert.Equal("首都之窗1", (await context.Websites.SingleAsync()).Name);
            Assert.Equal(0, await context.AuditEntries.CountAsync(a => a.Action != AuditAction.Create));
            Assert.Equal(1, await context.AuditEntries.CountAsync(a => a.EntityType == nameof(Website)));
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task Inside_a_callers_transaction_the_log_rolls_back_with_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var websiteId = await AddWebsiteAsync(database);

        await using (var context = database.CreateContext(Actor))
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            (await context.Websites.SingleAsync(w => w.Id == websiteId)).Name = "改名";
            await context.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await using (var context = database.CreateContext())
        {
            Assert.Equal("首都之窗1", (await context.Websites.SingleAsync()).Name);
            Assert.False(await context.AuditEntries.AnyAsync(a => a.Action == AuditAction.Update));
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task The_log_of_a_subtree_is_one_query(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var context = database.CreateContext(Actor);
        context.AddAuditEntry(AuditAction.Login, organizationPath: "/1/7/");
        context.AddAuditEntry(AuditAction.Update, nameof(Website), "1", "/1/7/42/");
        context.AddAuditEntry(AuditAction.Update, nameof(Website), "2", "/1/70/");
        context.AddAuditEntry(AuditAction.LoginFailed, detail: "用户名：unknown");
        await context.SaveChangesAsync();

        var inSubtree = await context.AuditEntries.WithinSubtree("/1/7/").Select(a => a.OrganizationPath).OrderBy(p => p).ToListAsync();

        Assert.Equal(["/1/7/", "/1/7/42/"], inSubtree);
    }

    private static Dictionary<string, JsonElement> Parse(string? json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json ?? "{}")!;

    private static async Task<(int Id, string Path)> AddOrganizationAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        var organization = new Organization { Name = "国务院办公厅", Kind = OrganizationKind.StateCouncilOffice, Path = "/1/" };
        context.Organizations.Add(organization);
        await context.SaveChangesAsync();
        return (organization.Id, organization.Path);
    }

    private static async Task<int> AddWebsiteAsync(TestDatabase database)
    {
        var (organizationId, path) = await AddOrganizationAsync(database);
        await using var context = database.CreateContext(Actor, TestClocks.At(Now));
        var website = SampleData.ValidWebsite(1, organizationId, path);
        context.Websites.Add(website);
        await context.SaveChangesAsync();
        return website.Id;
    }
}
