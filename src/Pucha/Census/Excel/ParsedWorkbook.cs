namespace Pucha.Census.Excel;

/// <summary>The sites read from a workbook and every layout error found; the sites are only usable when there is no error.</summary>
public sealed record ParsedWorkbook(IReadOnlyList<RegistryRecord> Sites, IReadOnlyList<ImportError> Errors);
