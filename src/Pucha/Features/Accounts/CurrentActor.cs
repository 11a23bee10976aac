using System.Security.Claims;
using Pucha.Core.Audit;

namespace Pucha.Features.Accounts;

/// <summary>The signed-in account of the current request, as the audit log names it; the system outside requests.</summary>
public sealed class CurrentActor(IHttpContextAccessor accessor) : IAuditActor
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public int? UserId => User?.AccountIdOf() ?? SystemAuditActor.Instance.UserId;

    public string Name => User?.Identity?.Name ?? SystemAuditActor.Instance.Name;

    public string? OrganizationPath => User is { } user ? user.FindFirstValue(PuchaClaims.OrganizationPath) : SystemAuditActor.Instance.OrganizationPath;
}
