using System.Buffers.Binary;
using System.Text;

namespace Pucha.Tests.Census;

/// <summary>
/// Writes a minimal OLE compound file (version 3, 512-byte sectors, one FAT sector, no mini stream):
/// enough to make an .xls container or the shell of a password-protected .xlsx in tests.
/// Streams shorter than the 4,096-byte mini-stream cutoff are padded so they live in regular sectors.
/// </summary>
internal static class CompoundFileBuilder
{
    private const uint Free = 0xFFFFFFFF, EndOfChain = 0xFFFFFFFE, FatSector = 0xFFFFFFFD, NoStream = 0xFFFFFFFF;

    public static byte[] Build(params (string Name, byte[] Data)[] streams)
    {
        if (streams.Length > 3)
        {
            throw new ArgumentException("one directory sector holds the root and three streams");
        }

        var padded = streams.Select(s => s.Data.Length >= 4096 ? s.Data : [.. s.Data, .. new byte[4096 - s.Data.Length]]).ToArray();
        var sectorsPerStream = padded.Select(d => (d.Length + 511) / 512).ToArray();
        var totalSectors = 2 + sectorsPerStream.Sum();
        if (totalSectors > 128)
        {
            throw new ArgumentException("one FAT sector addresses 128 sectors");
        }

        var file = new byte[512 * (1 + totalSectors)];
        var header = file.AsSpan(0, 512);
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[24..], 0x003E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], 0x0003);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[30..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[44..], 1); // FAT sectors
        BinaryPrimitives.WriteUInt32LittleEndian(header[48..], 1); // first directory sector
        BinaryPrimitives.WriteUInt32LittleEndian(header[56..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header[60..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[68..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[76..], 0); // DIFAT[0]: the FAT is sector 0
        for (var i = 1; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[(76 + i * 4)..], Free);
        }

        var fat = new uint[128];
        Array.Fill(fat, Free);
        fat[0] = FatSector;
        fat[1] = EndOfChain;
        var starts = new uint[streams.Length];
        var next = 2u;
        for (var s = 0; s < streams.Length; s++)
        {
            starts[s] = next;
            for (var k = 0; k < sectorsPerStream[s]; k++, next++)
            {
                fat[next] = k == sectorsPerStream[s] - 1 ? EndOfChain : next + 1;
            }

            padded[s].CopyTo(file, 512 * (1 + starts[s]));
        }

        for (var i = 0; i < 128; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(512 + i * 4), fat[i]);
        }

        var directory = file.AsSpan(512 * 2, 512);
        Entry(directory[..128], "Root Entry", 5, streams.Length > 0 ? 1u : NoStream, NoStream, EndOfChain, 0);
        for (var s = 0; s < 3; s++)
        {
            var span = directory.Slice(128 * (s + 1), 128);
            if (s < streams.Length)
            {
                Entry(span, streams[s].Name, 2, NoStream, s + 1 < streams.Length ? (uint)(s + 2) : NoStream, starts[s], padded[s].Length);
            }
            else
            {
                BinaryPrimitives.WriteUInt32LittleEndian(span[68..], NoStream);
                BinaryPrimitives.WriteUInt32LittleEndian(span[72..], NoStream);
                BinaryPrimitives.WriteUInt32LittleEndian(span[76..], NoStream);
            }
        }

        return file;
    }

    private static void Entry(Span<byte> span, string name, byte type, uint child, uint right, uint start, long size)
    {
        var nameBytes = Encoding.Unicode.GetBytes(name);
        nameBytes.CopyTo(span);
        BinaryPrimitives.WriteUInt16LittleEndian(span[64..], (ushort)(nameBytes.Length + 2));
        span[66] = type;
        span[67] = 1; // black
        BinaryPrimitives.WriteUInt32LittleEndian(span[68..], NoStream); // left
        BinaryPrimitives.WriteUInt32LittleEndian(span[72..], right);
        BinaryPrimitives.WriteUInt32LittleEndian(span[76..], child);
        BinaryPrimitives.WriteUInt32LittleEndian(span[116..], start);
        BinaryPrimitives.WriteUInt32LittleEndian(span[120..], (uint)size);
    }
}
