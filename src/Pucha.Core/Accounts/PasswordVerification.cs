namespace Pucha.Core.Accounts;

public enum PasswordVerification
{
    Failed = 0,
    Success = 1,

    /// <summary>Right password, hashed with fewer iterations than today's: store a new hash.</summary>
    SuccessRehashNeeded = 2,
}
