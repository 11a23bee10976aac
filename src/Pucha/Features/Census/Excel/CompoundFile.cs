using System.Buffers.Binary;
using System.Text;

namespace Pucha.Features.Census.Excel;

/// <summary>
/// Just enough of the OLE compound file format ([MS-CFB]) to list the stream names and read a stream
/// in regular sectors: an .xls keeps its data in a "Workbook" (or "Book") stream, while a
/// password-protected .xlsx is a compound file with "EncryptionInfo" and "EncryptedPackage". Every offset is checked against the file, and chains are
/// bounded, so a crafted file ends in <see cref="WorkbookRejectedException"/> and nothing else.
/// </summary>
public static class CompoundFile
{
    public static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint MaxRegularSector = 0xFFFFFFFA;

    public static bool HasSignature(ReadOnlySpan<byte> head) => head.Length >= 8 && head[..8].SequenceEqual(Signature);

    /// <summary>Streams shorter than this live in the mini stream (64-byte sectors) instead of regular sectors.</summary>
    public const int MiniStreamCutoff = 4096;

    public static IReadOnlyList<string> StreamNames(byte[] file) => Read(file).Entries.Select(e => e.Name).ToList();

    /// <summary>
    /// The bytes of the stream <paramref name="name"/> when it is stored in regular sectors (every Workbook
    /// stream Excel writes is at least <see cref="MiniStreamCutoff"/> bytes); null when there is no such stream
    /// or it is in the mini stream. The chain is followed with every sector checked and at most the
    /// declared size read.
    /// </summary>
    public static byte[]? ReadStream(byte[] file, string name)
    {
        var (fat, sectorSize, entries) = Read(file);
        var entry = entries.FirstOrDefault(e => e.Type == 2 && string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
        if (entry is null || entry.Size < MiniStreamCutoff)
        {
            return null;
        }

        if (entry.Size > file.Length)
        {
            throw Corrupt();
        }

        var data = new byte[entry.Size];
        var copied = 0;
        var current = entry.StartSector;
        var sectorCount = (file.Length - sectorSize) / sectorSize + 1;
        var visited = 0;
        while (copied < data.Length)
        {
            if (current > MaxRegularSector || current >= fat.Count || ++visited > sectorCount)
            {
                throw Corrupt();
            }

            var offset = Offset(current, sectorSize, file.Length);
            var length = Math.Min(sectorSize, data.Length - copied);
            file.AsSpan(offset, length).CopyTo(data.AsSpan(copied));
            copied += length;
            current = fat[(int)current];
        }

        return data;
    }

    private sealed record DirectoryEntry(string Name, byte Type, uint StartSector, long Size);

    private static (List<uint> Fat, int SectorSize, List<DirectoryEntry> Entries) Read(byte[] file)
    {
        if (file.Length < 512 || !HasSignature(file))
        {
            throw Corrupt();
        }

        var sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(30));
        if (sectorShift is not (9 or 12))
        {
            throw Corrupt();
        }

        var sectorSize = 1 << sectorShift;
        var fatSectorCount = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(44));
        var firstDirectorySector = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(48));
        var sectorCount = (file.Length - sectorSize) / sectorSize + 1;
        if (fatSectorCount > 109 || fatSectorCount == 0)
        {
            // More than 109 FAT sectors means a file far over any size we accept.
            throw Corrupt();
        }

        // The FAT, from the sector numbers in the header's DIFAT array.
        var fat = new List<uint>((int)fatSectorCount * sectorSize / 4);
        for (var i = 0; i < fatSectorCount; i++)
        {
            var sector = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(76 + i * 4));
            var offset = Offset(sector, sectorSize, file.Length);
            for (var j = 0; j < sectorSize; j += 4)
            {
                fat.Add(BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(offset + j)));
            }
        }

        var entries = new List<DirectoryEntry>();
        var current = firstDirectorySector;
        var visited = 0;
        while (current != EndOfChain)
        {
            if (current > MaxRegularSector || current >= fat.Count || ++visited > sectorCount)
            {
                throw Corrupt();
            }

            var offset = Offset(current, sectorSize, file.Length);
            for (var entry = 0; entry < sectorSize; entry += 128)
            {
                var span = file.AsSpan(offset + entry, 128);
                var nameBytes = BinaryPrimitives.ReadUInt16LittleEndian(span[64..]);
                var type = span[66];
                if (type == 0 || nameBytes < 2 || nameBytes > 64)
                {
                    continue;
                }

                // Version 3 files keep only the low 32 bits of the size meaningful.
                var size = sectorShift == 9 ? BinaryPrimitives.ReadUInt32LittleEndian(span[120..]) : (long)BinaryPrimitives.ReadUInt64LittleEndian(span[120..]);
                entries.Add(new DirectoryEntry(Encoding.Unicode.GetString(span[..(nameBytes - 2)]), type,
                    BinaryPrimitives.ReadUInt32LittleEndian(span[116..]), size));
            }

            current = fat[(int)current];
        }

        return (fat, sectorSize, entries);
    }

    private static int Offset(uint sector, int sectorSize, int fileLength)
    {
        var offset = ((long)sector + 1) * sectorSize;
        if (sector > MaxRegularSector || offset + sectorSize > fileLength)
        {
            throw Corrupt();
        }

        return (int)offset;
    }

    private static WorkbookRejectedException Corrupt() => new(ImportMessages.EncryptedOrCorrupt);
}
