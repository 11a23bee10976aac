using System.Globalization;
using System.Security.Cryptography;

namespace Pucha.Core.Accounts;

/// <summary>
/// PBKDF2-HMAC-SHA256 password hashes in a versioned text format
/// "pbkdf2-sha256$v1${iterations}${salt base64}${hash base64}": the iteration count travels with the
/// hash, so raising <see cref="Iterations"/> later only asks for a re-hash at the next log-in.
/// </summary>
public static class PasswordHasher
{
    /// <summary>OWASP's 2023 figure for PBKDF2-HMAC-SHA256.</summary>
    public const int Iterations = 600_000;

    /// <summary>Hashes weaker than this are refused outright (our floor; a stored hash below it never verifies).</summary>
    public const int MinimumIterations = 100_000;

    private const string Scheme = "pbkdf2-sha256";
    private const string Version = "v1";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>Longest password accepted; bounds the work an attacker can make us do per attempt.</summary>
    public const int MaxPasswordLength = 256;

    /// <summary>Hashes <paramref name="password"/> with a fresh random salt.</summary>
    public static string Hash(string password) => Hash(password, Iterations);

    /// <summary>Hashes with an explicit iteration count (tests use the minimum to stay fast).</summary>
    public static string Hash(string password, int iterations)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, MinimumIterations);
        if (password.Length > MaxPasswordLength)
        {
            throw new ArgumentException($"密码不能超过{MaxPasswordLength}个字符。", nameof(password));
        }

        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Join('$', Scheme, Version, iterations.ToString(CultureInfo.InvariantCulture),
            Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>Checks <paramref name="password"/> against a stored hash in constant time.</summary>
    public static PasswordVerification Verify(string password, string storedHash)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length > MaxPasswordLength || string.IsNullOrEmpty(storedHash))
        {
            return PasswordVerification.Failed;
        }

        var parts = storedHash.Split('$');
        if (parts.Length != 5 || parts[0] != Scheme || parts[1] != Version
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations)
            || iterations < MinimumIterations)
        {
            return PasswordVerification.Failed;
        }

        byte[] salt, expected;
        try
        {
            salt = Convert.FromBase64String(parts[3]);
            expected = Convert.FromBase64String(parts[4]);
        }
        catch (FormatException)
        {
            return PasswordVerification.Failed;
        }

        if (salt.Length == 0 || expected.Length != HashBytes)
        {
            return PasswordVerification.Failed;
        }

        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        if (!CryptographicOperations.FixedTimeEquals(actual, expected))
        {
            return PasswordVerification.Failed;
        }

        return iterations < Iterations ? PasswordVerification.SuccessRehashNeeded : PasswordVerification.Success;
    }
}
