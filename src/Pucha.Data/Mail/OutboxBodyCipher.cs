using System.Security.Cryptography;
using System.Text;

namespace Pucha.Data.Mail;

/// <summary>
/// Encrypts outbox bodies at rest (AES-256-GCM) with a key that is not in the database, so a copy of
/// the database alone never shows a 校验码 waiting to be sent. A sealed body is
/// <c>pucha-gcm1:</c> + base64(nonce ‖ tag ‖ ciphertext); the recipients are the associated data, so
/// a body moved to another row with other recipients does not open. A body without the marker is a
/// plaintext row written before encryption existed: <see cref="Open"/> returns it as it is, so older
/// databases still send their mail.
/// </summary>
public sealed class OutboxBodyCipher
{
    public const int KeyBytes = 32;
    public const string Marker = "pucha-gcm1:";

    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    private readonly byte[] _key;

    public OutboxBodyCipher(ReadOnlySpan<byte> key)
    {
        if (key.Length != KeyBytes)
            throw new ArgumentException($"发件箱密钥须为 {KeyBytes} 字节（当前 {key.Length} 字节）。", nameof(key));
        _key = key.ToArray();
    }

    /// <summary>A cipher with a fresh random key (tests, one-off tools).</summary>
    public static OutboxBodyCipher CreateRandom() => new(RandomNumberGenerator.GetBytes(KeyBytes));

    public static bool IsSealed(string body) => body.StartsWith(Marker, StringComparison.Ordinal);

    public string Seal(string body, string recipients)
    {
        var plain = Encoding.UTF8.GetBytes(body);
        var sealedBytes = new byte[NonceBytes + TagBytes + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagBytes);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes), AssociatedData(recipients));
        return Marker + Convert.ToBase64String(sealedBytes);
    }

    /// <summary>The plain body; a legacy plaintext body as it is. Throws <see cref="CryptographicException"/> for a wrong key or altered text.</summary>
    public string Open(string stored, string recipients)
    {
        if (!IsSealed(stored))
            return stored;
        var sealedBytes = Convert.FromBase64String(stored[Marker.Length..]);
        if (sealedBytes.Length < NonceBytes + TagBytes)
            throw new CryptographicException("发件箱邮件正文已损坏。");
        var plain = new byte[sealedBytes.Length - NonceBytes - TagBytes];
        using var aes = new AesGcm(_key, TagBytes);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes), plain, AssociatedData(recipients));
        return Encoding.UTF8.GetString(plain);
    }

    private static byte[] AssociatedData(string recipients) => Encoding.UTF8.GetBytes("pucha-outbox\n" + recipients);
}
