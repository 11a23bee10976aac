namespace Pucha.Features.Census.Excel;

/// <summary>
/// The checks made before any parser sees the bytes: size, kind by signature (never by file name),
/// and for compound files whether it is an encrypted workbook rather than an .xls.
/// </summary>
public static class WorkbookFile
{
    private static ReadOnlySpan<byte> ZipSignature => "PK\u0003\u0004"u8;

    /// <summary>Reads at most <see cref="ImportLimits.MaxFileBytes"/>+1 bytes: a longer stream is refused without being read.</summary>
    public static byte[] ReadBounded(Stream input, ImportLimits limits)
    {
        if (input.CanSeek && input.Length - input.Position > limits.MaxFileBytes)
        {
            throw new WorkbookRejectedException(ImportMessages.TooLarge(limits.MaxFileBytes));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limits.MaxFileBytes)
            {
                throw new WorkbookRejectedException(ImportMessages.TooLarge(limits.MaxFileBytes));
            }
        }

        return buffer.ToArray();
    }

    public static ExcelFileKind Classify(byte[] file)
    {
        if (file.Length == 0)
        {
            throw new WorkbookRejectedException(ImportMessages.Empty);
        }

        if (file.AsSpan().StartsWith(ZipSignature))
        {
            return ExcelFileKind.Xlsx;
        }

        if (!CompoundFile.HasSignature(file))
        {
            throw new WorkbookRejectedException(ImportMessages.NotWorkbook);
        }

        var names = CompoundFile.StreamNames(file);
        if (names.Contains("EncryptedPackage") || names.Contains("EncryptionInfo"))
        {
            throw new WorkbookRejectedException(ImportMessages.Encrypted);
        }

        if (names.Contains("Workbook") || names.Contains("Book"))
        {
            return ExcelFileKind.Xls;
        }

        throw new WorkbookRejectedException(ImportMessages.EncryptedOrCorrupt);
    }
}
