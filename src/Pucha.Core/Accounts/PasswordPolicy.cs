namespace Pucha.Core.Accounts;

/// <summary>
/// The password rule: at least <see cref="MinimumLength"/> characters, at least three of the four
/// classes (upper case, lower case, digit, symbol), not the user name.
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 10;

    public const int RequiredClasses = 3;

    /// <summary>Chinese description shown beside password fields.</summary>
    public const string Description = "密码至少10位，须包含大写字母、小写字母、数字、符号中的至少三类，且不能与用户名相同。";

    /// <summary>Every rule the password breaks, in Chinese; empty when it is acceptable.</summary>
    public static IReadOnlyList<string> Check(string? password, string? userName)
    {
        var errors = new List<string>();
        if (string.IsNullOrEmpty(password))
        {
            errors.Add("请输入密码。");
            return errors;
        }

        if (password.Length < MinimumLength)
        {
            errors.Add($"密码长度不能少于{MinimumLength}位。");
        }

        if (password.Length > PasswordHasher.MaxPasswordLength)
        {
            errors.Add($"密码长度不能超过{PasswordHasher.MaxPasswordLength}位。");
        }

        if (CountClasses(password) < RequiredClasses)
        {
            errors.Add("密码须包含大写字母、小写字母、数字、符号中的至少三类。");
        }

        if (!string.IsNullOrEmpty(userName)
            && string.Equals(password.Trim(), userName.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("密码不能与用户名相同。");
        }

        return errors;
    }

    /// <summary>True when <see cref="Check"/> finds nothing.</summary>
    public static bool IsAcceptable(string? password, string? userName) => Check(password, userName).Count == 0;

    internal static int CountClasses(string password)
    {
        bool upper = false, lower = false, digit = false, symbol = false;
        foreach (var c in password)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                upper = true;
            }
            else if (char.IsAsciiLetterLower(c))
            {
                lower = true;
            }
            else if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else if (!char.IsWhiteSpace(c) && !char.IsControl(c))
            {
                // Any other visible character counts as a symbol (including CJK characters).
                symbol = true;
            }
        }

        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
