using Pucha.Core.Accounts;
using Pucha.Core.Audit;

namespace Pucha.Features.Accounts;

/// <summary>Names an account as the actor before it has a session (log-in attempts, the first password change).</summary>
public sealed class AccountActor(UserAccount account) : IAuditActor
{
    public int? UserId => account.Id;

    public string Name => account.UserName;

    public string? OrganizationPath => account.OrganizationPath;
}
