using System.Security.Cryptography;
using Pucha.Data.Infrastructure;
using Pucha.Data.Mail;

namespace Pucha.Data.Tests.Mail;

public sealed class OutboxBodyCipherTests
{
    [Fact]
    public void A_sealed_body_opens_with_the_same_key_and_recipients_only()
    {
        var cipher = OutboxBodyCipher.CreateRandom();
        var sealedBody = cipher.Seal("网站标识码：4301030001\n校验码：ABCDEFGH23", "a@b.example");

        Assert.StartsWith(OutboxBodyCipher.Marker, sealedBody);
        Assert.DoesNotContain("ABCDEFGH23", sealedBody);
        Assert.NotEqual(sealedBody, cipher.Seal("网站标识码：4301030001\n校验码：ABCDEFGH23", "a@b.example")); // fresh nonce
        Assert.Equal("网站标识码：4301030001\n校验码：ABCDEFGH23", cipher.Open(sealedBody, "a@b.example"));
        Assert.ThrowsAny<CryptographicException>(() => cipher.Open(sealedBody, "thief@evil.example"));
        Assert.ThrowsAny<CryptographicException>(() => OutboxBodyCipher.CreateRandom().Open(sealedBody, "a@b.example"));
        Assert.Equal("旧版本明文", cipher.Open("旧版本明文", "a@b.example"));
    }

    [Fact]
    public void The_key_file_is_created_once_owner_only_and_read_again()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pucha-key-" + Guid.NewGuid().ToString("N"));
        try
        {
            var path = Path.Combine(folder, "sub", OutboxKeyFile.DefaultFileName);
            var first = OutboxKeyFile.LoadOrCreate(path);
            Assert.Equal(OutboxBodyCipher.KeyBytes, first.Length);
            Assert.Equal(first, OutboxKeyFile.LoadOrCreate(path));
            if (!OperatingSystem.IsWindows())
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!)); // no temporary file left behind

            // Many processes starting at once end up with one key.
            var other = Path.Combine(folder, "race.key");
            var keys = Enumerable.Range(0, 8).AsParallel().Select(_ => Convert.ToBase64String(OutboxKeyFile.LoadOrCreate(other))).Distinct().ToList();
            Assert.Single(keys);

            File.WriteAllText(other, "not a key");
            Assert.Contains("base64", Assert.Throws<InvalidOperationException>(() => OutboxKeyFile.LoadOrCreate(other)).Message);
            File.WriteAllText(other, Convert.ToBase64String(new byte[16]));
            Assert.Contains("须为 32 字节", Assert.Throws<InvalidOperationException>(() => OutboxKeyFile.LoadOrCreate(other)).Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_data_directory_is_the_folder_of_the_SQLite_file_or_data_under_the_working_directory()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pucha-dd-" + Guid.NewGuid().ToString("N"));
        Assert.Equal(folder, SqliteConnectionStrings.DataDirectory($"Data Source={Path.Combine(folder, "pucha.db")}"));
        Assert.Equal(Path.GetFullPath("data"), SqliteConnectionStrings.DataDirectory(null));
        Assert.Equal(Path.GetFullPath("data"), SqliteConnectionStrings.DataDirectory("Host=127.0.0.1;Database=pucha;Username=pucha"));
    }
}
