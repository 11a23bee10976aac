using System.Text.RegularExpressions;

namespace Pucha.Core.Websites;

/// <summary>Formats of the contact cells of 附件3: office phone with area code, mobile, e-mail.</summary>
public static partial class ContactFormats
{
    /// <summary>
    /// Area code (0 + 2–3 digits) and number (7–8 digits) joined by '-', optional extension:
    /// 010-12345678, 023-89016950, 0731-8888888, 023-89016950-123.
    /// </summary>
    public static bool IsOfficePhone(string? value) => value is not null && OfficePhonePattern().IsMatch(value);

    /// <summary>Mainland mobile number 1[3-9] + 9 digits, optionally after +86: 13800138000, +86 13800138000.</summary>
    public static bool IsMobile(string? value) => value is not null && MobilePattern().IsMatch(value);

    /// <summary>A plain address mailbox@domain.tld (ASCII), at most 254 characters.</summary>
    public static bool IsEmail(string? value) =>
        value is { Length: <= WebsiteLimits.Email } && EmailPattern().IsMatch(value) && !value.Contains("..", StringComparison.Ordinal);

    [GeneratedRegex(@"^0[0-9]{2,3}-[1-9][0-9]{6,7}(-[0-9]{1,6})?$", RegexOptions.CultureInvariant)]
    private static partial Regex OfficePhonePattern();

    [GeneratedRegex(@"^(\+86[ -]?)?1[3-9][0-9]{9}$", RegexOptions.CultureInvariant)]
    private static partial Regex MobilePattern();

    [GeneratedRegex(@"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
