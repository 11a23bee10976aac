namespace Pucha.Features.Census.Excel;

/// <summary>
/// Every bound on an uploaded workbook, so a hostile file costs a known amount of memory and time.
/// Bound from configuration section "Census:Import"; the defaults fit a 20,000-site workbook.
/// </summary>
public sealed class ImportLimits
{
    /// <summary>Largest file accepted (20 MB).</summary>
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Largest uncompressed size of one part of an .xlsx (zip entry).</summary>
    public long MaxPartBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Largest uncompressed size of all parts together.</summary>
    public long MaxTotalUncompressedBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>Largest uncompressed/compressed ratio of a part bigger than <see cref="RatioCheckFloorBytes"/> (zip bombs reach thousands).</summary>
    public double MaxCompressionRatio { get; set; } = 200;

    public long RatioCheckFloorBytes { get; set; } = 1024 * 1024;

    public int MaxZipEntries { get; set; } = 1_000;

    public int MaxSheets { get; set; } = 32;

    /// <summary>Rows read per sheet; the 栏目表 of 10,000 sites takes 170,000.</summary>
    public int MaxRowsPerSheet { get; set; } = 400_000;

    /// <summary>Columns read per row; cells further right are ignored.</summary>
    public int MaxColumns { get; set; } = 64;

    /// <summary>Longest text of one cell (or shared string).</summary>
    public int MaxCellChars { get; set; } = 4_000;

    public int MaxSharedStrings { get; set; } = 2_000_000;

    /// <summary>Most sites in one file.</summary>
    public int MaxSites { get; set; } = 20_000;

    /// <summary>Most errors listed; past this the list ends with a note that there are more.</summary>
    public int MaxErrors { get; set; } = 1_000;
}
