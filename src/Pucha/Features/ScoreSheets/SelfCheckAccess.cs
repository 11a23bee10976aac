using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace Pucha.Features.ScoreSheets;

/// <summary>
/// After 标识码 + 校验码 were verified, the self-check form carries this protected, time-limited
/// ticket naming the site, so saving does not ask for the codes again and cannot name another site.
/// </summary>
public sealed class SelfCheckAccess(IDataProtectionProvider provider)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    private readonly ITimeLimitedDataProtector _protector = provider.CreateProtector("Pucha.SelfCheck.v1").ToTimeLimitedDataProtector();

    public string Issue(int siteId) => _protector.Protect(siteId.ToString(CultureInfo.InvariantCulture), Lifetime);

    /// <summary>The site the ticket was issued for; null when it is forged, damaged or expired.</summary>
    public int? Read(string? ticket)
    {
        if (string.IsNullOrEmpty(ticket) || ticket.Length > 2_000)
            return null;
        try
        {
            return int.TryParse(_protector.Unprotect(ticket), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
