using Pucha.Core;
using Pucha.Core.Audit;

namespace Pucha.Core.Accounts;

/// <summary>A person's log-in to the platform.</summary>
public sealed class UserAccount : IAuditable, ITimestamped
{
    public int Id { get; set; }

    /// <summary>Log-in name, unique, compared case-insensitively (stored as entered; see <see cref="NormalizedUserName"/>).</summary>
    public string UserName { get; set; } = "";

    /// <summary>Upper-invariant form of <see cref="UserName"/>, the unique key used at log-in.</summary>
    public string NormalizedUserName { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public AccountRole Role { get; set; }

    /// <summary>The unit the account acts for; null only for platform administrators.</summary>
    public int? OrganizationId { get; set; }

    /// <summary>Copy of the unit's path ("/1/7/42/") so account lists filter a subtree with one prefix query.</summary>
    public string? OrganizationPath { get; set; }

    /// <summary>Output of <see cref="PasswordHasher.Hash"/>; never shown, never audited.</summary>
    public string PasswordHash { get; set; } = "";

    /// <summary>Set for issued and reset passwords: the next log-in must choose a new one.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>Consecutive failed log-ins since the last success or lockout.</summary>
    public int FailedLoginCount { get; set; }

    /// <summary>Log-ins are refused until this time (UTC).</summary>
    public DateTime? LockoutUntil { get; set; }

    public DateTime? LastLoginAt { get; set; }

    /// <summary>A disabled account cannot log in; accounts are disabled rather than deleted to keep the log readable.</summary>
    public bool IsDisabled { get; set; }

    public string Email { get; set; } = "";

    public string Phone { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    string? IAuditable.AuditOrganizationPath => OrganizationPath;

    /// <summary>The normalized form of a user name.</summary>
    public static string Normalize(string userName) => userName.Trim().ToUpperInvariant();
}
