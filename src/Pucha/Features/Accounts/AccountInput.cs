namespace Pucha.Features.Accounts;

/// <summary>A new account for a unit of the caller's subtree.</summary>
public sealed record AccountInput
{
    public int? OrganizationId { get; init; }
    public string? UserName { get; init; }
    public string? DisplayName { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }

    /// <summary>Empty: a random initial password is generated and shown once.</summary>
    public string? InitialPassword { get; init; }
}

/// <summary>An account with the password just issued to it (shown once, must be changed at first login).</summary>
public sealed record IssuedPassword(Pucha.Core.Accounts.UserAccount Account, string Password);
