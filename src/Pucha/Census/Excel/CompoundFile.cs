using System.Buffers.Binary;
using System.Text;

namespace Pucha.Census.Excel;

/// <summary>
/// Just enough of the OLE compound file format ([MS-CFB]) to list the stream names: an .xls keeps its
/// data in a "Workbook" (or "Book") stream, while a password-protected .xlsx is a compound file with
/// "EncryptionInfo" and "EncryptedPackage". Every offset is checked against the file, and chains are
/// bounded, so a crafted file ends in <see cref="WorkbookRejectedException"/> and nothing else.
/// </summary>
public static class CompoundFile
{
    public static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint MaxRegularSector = 0xFFFFFFFA;

    public static bool HasSignature(ReadOnlySpan<byte> head) => head.Length >= 8 && head[..8].SequenceEqual(Signature);

    public static IReadOnlyList<string> StreamNames(byte[] file)
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

        var names = new List<string>();
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

                names.Add(Encoding.Unicode.GetString(span[..(nameBytes - 2)]));
            }

            current = fat[(int)current];
        }

        return names;
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
