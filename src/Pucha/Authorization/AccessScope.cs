using System.Security.Claims;
using Pucha.Features.Accounts;
using Pucha.Core.Accounts;
using Pucha.Core.Audit;
using Pucha.Core.Organizations;
using Pucha.Core.Websites;
using Pucha.Data.Organizations;

namespace Pucha.Authorization;

/// <summary>
/// The one place that decides what the caller may read and change: everything below (and including)
/// the caller's own unit in the organization tree, found by the materialized path prefix. Pages and
/// the API filter every query through it, so an id of another region's object simply finds nothing
/// (404, nothing leaks). Platform administrators see the whole tree.
/// </summary>
public sealed class AccessScope
{
    private readonly ClaimsPrincipal _user;

    public AccessScope(IHttpContextAccessor accessor)
    {
        _user = accessor.HttpContext?.User ?? new ClaimsPrincipal();
        AccountId = _user.AccountIdOf();
        Role = _user.IsPlatformAdministrator() ? AccountRole.PlatformAdministrator
            : _user.IsReportingUnit() ? AccountRole.ReportingUnit
            : AccountRole.Organizer;
        OrganizationId = int.TryParse(_user.FindFirstValue(PuchaClaims.OrganizationId), out var id) ? id : null;
        RootPath = Role == AccountRole.PlatformAdministrator ? null : _user.FindFirstValue(PuchaClaims.OrganizationPath) ?? Nowhere;
    }

    // A path no row has: an account without a unit that is not an administrator sees nothing.
    private const string Nowhere = "/-/";

    public int? AccountId { get; }

    public AccountRole Role { get; }

    /// <summary>The caller's own unit; null for platform administrators.</summary>
    public int? OrganizationId { get; }

    /// <summary>Path prefix of everything visible; null means the whole tree.</summary>
    public string? RootPath { get; }

    public bool IsAdministrator => Role == AccountRole.PlatformAdministrator;

    public bool IsReportingUnit => Role == AccountRole.ReportingUnit;

    /// <summary>Organizers and administrators manage units and accounts; reporting units only their own sites.</summary>
    public bool CanManageUnits => Role != AccountRole.ReportingUnit;

    /// <summary>True when an object at <paramref name="organizationPath"/> lies in the caller's subtree.</summary>
    public bool Covers(string? organizationPath) =>
        RootPath is null || (organizationPath is not null && OrganizationPath.IsWithin(organizationPath, RootPath));

    /// <summary>True when the caller may create units below <paramref name="parent"/>.</summary>
    public bool CanCreateUnder(Organization parent) => CanManageUnits && Covers(parent.Path);

    // Each filter is the data layer's indexed path range (path >= '/1/7/' AND path < '/1/70').
    public IQueryable<Organization> Organizations(IQueryable<Organization> source) =>
        RootPath is null ? source : source.WithinSubtree(RootPath);

    public IQueryable<Website> Websites(IQueryable<Website> source) =>
        RootPath is null ? source : source.WithinSubtree(RootPath);

    /// <summary>Accounts of units in the subtree; administrators also see the other administrators.</summary>
    public IQueryable<UserAccount> Accounts(IQueryable<UserAccount> source) =>
        RootPath is null ? source : source.WithinSubtree(RootPath);

    /// <summary>Log lines about objects of the subtree, or made by its people.</summary>
    public IQueryable<AuditEntry> AuditEntries(IQueryable<AuditEntry> source)
    {
        if (RootPath is not { } root)
            return source;
        var upper = OrganizationPath.SubtreeUpperBound(root);
        return source.Where(e =>
            (e.OrganizationPath != null && string.Compare(e.OrganizationPath, root) >= 0 && string.Compare(e.OrganizationPath, upper) < 0)
            || (e.ActorOrganizationPath != null && string.Compare(e.ActorOrganizationPath, root) >= 0 && string.Compare(e.ActorOrganizationPath, upper) < 0));
    }
}
