using System.Security.Cryptography;

namespace Pucha.Data.Mail;

/// <summary>
/// The outbox key on disk: base64 of 32 random bytes on one line. Created on first start with mode
/// 0600 (owner read/write only) — written to a temporary file and moved into place without
/// overwriting, so two processes starting at once end up with the same key. Several nodes of one
/// PostgreSQL deployment must read the same file (or be given the same key in configuration).
/// </summary>
public static class OutboxKeyFile
{
    /// <summary>Largest key file read: a key is 45 bytes of text; anything much bigger is not one.</summary>
    private const int MaxFileBytes = 1024;

    public const string DefaultFileName = "outbox.key";

    public static byte[] LoadOrCreate(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
            TryCreate(fullPath);
        return Read(fullPath);
    }

    /// <summary>A key given as base64 text (configuration or a secret store).</summary>
    public static byte[] Parse(string text, string source)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"发件箱密钥（{source}）不是有效的 base64 文本。");
        }

        if (key.Length != OutboxBodyCipher.KeyBytes)
            throw new InvalidOperationException($"发件箱密钥（{source}）须为 {OutboxBodyCipher.KeyBytes} 字节，实为 {key.Length} 字节。");
        return key;
    }

    private static void TryCreate(string fullPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var temporary = fullPath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using (var writer = new StreamWriter(temporary, options))
                writer.WriteLine(Convert.ToBase64String(RandomNumberGenerator.GetBytes(OutboxBodyCipher.KeyBytes)));
            File.Move(temporary, fullPath, overwrite: false);
        }
        catch (IOException) when (File.Exists(fullPath))
        {
            // Another process created it first: use theirs.
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static byte[] Read(string fullPath)
    {
        var info = new FileInfo(fullPath);
        if (info.Length > MaxFileBytes)
            throw new InvalidOperationException($"发件箱密钥文件 {fullPath} 过大，不是有效的密钥文件。");
        return Parse(File.ReadAllText(fullPath), fullPath);
    }
}
