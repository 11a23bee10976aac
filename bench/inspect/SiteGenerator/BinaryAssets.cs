using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Pucha.Bench.SiteGenerator;

/// <summary>
/// Valid small images and attachments of varied sizes. Checkers only fetch them, but a real
/// PNG/PDF/ZIP keeps any content sniffing honest.
/// </summary>
internal static class BinaryAssets
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>A PNG of noisy grey pixels; noise does not compress, so the size follows the dimensions.</summary>
    public static byte[] Png(Random random, int width, int height)
    {
        var raw = new byte[(width + 1) * height];
        for (var row = 0; row < height; row++)
        {
            raw[row * (width + 1)] = 0; // filter type None
            for (var x = 1; x <= width; x++)
            {
                raw[row * (width + 1) + x] = (byte)random.Next(256);
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 0; // greyscale
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    public static byte[] Attachment(Random random, string extension, string title) => extension switch
    {
        "pdf" => Pdf(random, title),
        "zip" => Zip(random, title),
        // .doc and .xls: an OLE compound-file signature followed by filler, as far as any checker looks.
        _ => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. Filler(random, random.Next(8_000, 60_000))],
    };

    private static byte[] Pdf(Random random, string title)
    {
        var body = new StringBuilder("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n")
            .Append("2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ").Append(title).Append('\n');
        var filler = Convert.ToBase64String(Filler(random, random.Next(10_000, 80_000)));
        body.Append("% ").Append(filler).Append("\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        return Encoding.ASCII.GetBytes(body.ToString());
    }

    private static byte[] Zip(Random random, string title)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("readme.txt", CompressionLevel.NoCompression);
            using var writer = entry.Open();
            writer.Write(Encoding.UTF8.GetBytes(title + "\n"));
            writer.Write(Filler(random, random.Next(5_000, 50_000)));
        }

        return stream.ToArray();
    }

    private static byte[] Filler(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        var crc = 0xFFFFFFFFu;
        foreach (var b in typeBytes.Concat(data))
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        BinaryPrimitives.WriteUInt32BigEndian(number, crc ^ 0xFFFFFFFFu);
        png.Write(number);
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
