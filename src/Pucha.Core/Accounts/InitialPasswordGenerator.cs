using System.Security.Cryptography;

namespace Pucha.Core.Accounts;

/// <summary>Random initial and reset passwords that satisfy <see cref="PasswordPolicy"/> (all four classes).</summary>
public static class InitialPasswordGenerator
{
    // Look-alikes (0/O, 1/l/I) are left out: these passwords are read off paper or a screen.
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "!@#$%^&*-_=+?";

    public const int DefaultLength = 14;

    public static string Generate(int length = DefaultLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, PasswordPolicy.MinimumLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, 128);

        const string all = Upper + Lower + Digits + Symbols;
        var chars = new char[length];
        chars[0] = Pick(Upper);
        chars[1] = Pick(Lower);
        chars[2] = Pick(Digits);
        chars[3] = Pick(Symbols);
        for (var i = 4; i < length; i++)
        {
            chars[i] = Pick(all);
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static char Pick(string alphabet) => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
}
