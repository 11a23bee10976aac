namespace Pucha.Features.Census.Excel;

/// <summary>
/// The sites read from a workbook, its signature block (and the row it is on, 0 when missing), and
/// every layout error found; the sites are only usable when there is no error.
/// </summary>
public sealed record ParsedWorkbook(
    IReadOnlyList<RegistryRecord> Sites, IReadOnlyList<ImportError> Errors, RegistrySignature Signature, int SignatureRow)
{
    public static ParsedWorkbook Failed(IReadOnlyList<ImportError> errors) => new([], errors, RegistrySignature.Blank, 0);
}
