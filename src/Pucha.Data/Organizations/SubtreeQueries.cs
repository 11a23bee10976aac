using Pucha.Core.Accounts;
using Pucha.Core.Audit;
using Pucha.Core.Organizations;
using Pucha.Core.Websites;

namespace Pucha.Data.Organizations;

/// <summary>
/// "Everything in this unit's subtree" as one indexed range over the materialized path
/// (<c>path &gt;= '/1/7/' AND path &lt; '/1/70'</c>), the same on SQLite and PostgreSQL.
/// </summary>
public static class SubtreeQueries
{
    /// <summary>The unit itself and every unit below it.</summary>
    public static IQueryable<Organization> WithinSubtree(this IQueryable<Organization> query, string path)
    {
        var upper = OrganizationPath.SubtreeUpperBound(path);
        return query.Where(o => string.Compare(o.Path, path) >= 0 && string.Compare(o.Path, upper) < 0);
    }

    /// <summary>Websites owned by units in the subtree of <paramref name="path"/>.</summary>
    public static IQueryable<Website> WithinSubtree(this IQueryable<Website> query, string path)
    {
        var upper = OrganizationPath.SubtreeUpperBound(path);
        return query.Where(w => string.Compare(w.OrganizationPath, path) >= 0 && string.Compare(w.OrganizationPath, upper) < 0);
    }

    /// <summary>Accounts of units in the subtree of <paramref name="path"/> (platform administrators have no unit and never match).</summary>
    public static IQueryable<UserAccount> WithinSubtree(this IQueryable<UserAccount> query, string path)
    {
        var upper = OrganizationPath.SubtreeUpperBound(path);
        return query.Where(a => a.OrganizationPath != null
            && string.Compare(a.OrganizationPath, path) >= 0 && string.Compare(a.OrganizationPath, upper) < 0);
    }

    /// <summary>Audit entries about entities of the subtree of <paramref name="path"/>.</summary>
    public static IQueryable<AuditEntry> WithinSubtree(this IQueryable<AuditEntry> query, string path)
    {
        var upper = OrganizationPath.SubtreeUpperBound(path);
        return query.Where(a => a.OrganizationPath != null
            && string.Compare(a.OrganizationPath, path) >= 0 && string.Compare(a.OrganizationPath, upper) < 0);
    }
}
