using Microsoft.EntityFrameworkCore;
using Pucha.Core.Accounts;
using Pucha.Core.Audit;
using Pucha.Data;
using Pucha.Features.Organizations;

namespace Pucha.Hosting;

/// <summary>
/// Runs before Kestrel listens: migrates the database, loads the administrative divisions, and on a
/// fresh database creates the root unit 国务院办公厅 and the top administrator `admin`; on SQLite it
/// brings the query-planner statistics up to date (<see cref="SqliteStatistics"/>).
/// </summary>
public sealed class PlatformInitializer(IServiceProvider services, PlatformOptions options, ILogger<PlatformInitializer> logger) : IHostedService
{
    public const string AdministratorUserName = "admin";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.AdminPassword is { } given && PasswordPolicy.Check(given, AdministratorUserName) is { Count: > 0 } problems)
            throw new PlatformStartupException($"环境变量 {PlatformOptions.AdminPasswordVariable} 的密码不符合要求：{string.Join("", problems)}");

        try
        {
            await PuchaDatabase.MigrateAsync(services, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            throw new PlatformStartupException($"无法打开或升级数据库：{error.Message}", error);
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();
        db.AuditActor = SystemAuditActor.Instance;
        await OrganizationDirectory.EnsureRootAsync(db, cancellationToken);
        await EnsureAdministratorAsync(db, cancellationToken);

        // Before the first request, not beside it: until SQLite has statistics it plans the website list badly.
        if (await SqliteStatistics.RefreshIfStaleAsync(db, cancellationToken))
            logger.LogInformation("Analyzed the SQLite database (query-planner statistics were missing or stale)");
    }

    private async Task EnsureAdministratorAsync(PuchaDbContext db, CancellationToken cancellation)
    {
        var normalized = UserAccount.Normalize(AdministratorUserName);
        if (await db.UserAccounts.AnyAsync(a => a.NormalizedUserName == normalized, cancellation))
            return;

        var password = options.AdminPassword ?? InitialPasswordGenerator.Generate();
        db.UserAccounts.Add(new UserAccount
        {
            UserName = AdministratorUserName,
            DisplayName = "平台管理员",
            Role = AccountRole.PlatformAdministrator,
            PasswordHash = PasswordHasher.Hash(password, options.PasswordIterations),
            MustChangePassword = true,
        });
        await db.SaveChangesAsync(cancellation);

        if (options.AdminPassword is null)
        {
            // Shown once, never stored in clear: whoever starts the platform first reads it here.
            await options.Console.WriteLineAsync($"已创建平台管理员账号 {AdministratorUserName}，一次性初始密码：{password}");
            await options.Console.WriteLineAsync("首次登录后须立即修改密码；此密码不会再次显示。");
        }
        else
        {
            logger.LogInformation("Created the administrator account {UserName} with the password from {Variable}",
                AdministratorUserName, PlatformOptions.AdminPasswordVariable);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
