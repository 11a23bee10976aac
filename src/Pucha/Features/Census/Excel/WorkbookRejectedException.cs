namespace Pucha.Features.Census.Excel;

/// <summary>The file as a whole cannot be read (not a workbook, corrupted, encrypted, too large, a zip bomb).</summary>
public sealed class WorkbookRejectedException(string message) : Exception(message);
