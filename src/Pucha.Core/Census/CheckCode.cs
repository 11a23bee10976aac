using System.Security.Cryptography;

namespace Pucha.Core.Census;

/// <summary>
/// 校验码: the secret that goes with a 网站标识码 for the self-check log-in (渝府办发〔2015〕52号 附件1 三(一)).
/// Drawn from a CSPRNG over an alphabet without look-alikes (no 0/O, 1/I/L), so it survives being read
/// off an e-mail or paper; 10 characters of 31 give about 49 bits, and it is stored only as a slow
/// salted hash (<see cref="CheckCodeHasher"/>), so it can neither be guessed online nor read from a leak.
/// </summary>
public static class CheckCode
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public const int Length = 10;

    public static string Generate()
    {
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>
    /// What a person typed, in the form that was hashed: upper case, spaces and dashes dropped.
    /// Null when it cannot be a check code at all (wrong length or a character outside the alphabet).
    /// </summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null || typed.Length > 64)
        {
            return null;
        }

        Span<char> buffer = stackalloc char[Length];
        var count = 0;
        foreach (var raw in typed)
        {
            if (raw is ' ' or '-' or '\t')
            {
                continue;
            }

            var c = char.ToUpperInvariant(raw);
            if (count == Length || !Alphabet.Contains(c))
            {
                return null;
            }

            buffer[count++] = c;
        }

        return count == Length ? new string(buffer) : null;
    }
}
