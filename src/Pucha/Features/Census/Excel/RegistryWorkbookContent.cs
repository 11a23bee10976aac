namespace Pucha.Features.Census.Excel;

/// <summary>What the writer puts in a workbook: the filling unit, the sites (none for a blank template) and the signature block.</summary>
public sealed record RegistryWorkbookContent(string FillingUnit, IReadOnlyList<RegistryRecord> Sites, RegistrySignature Signature)
{
    public static RegistryWorkbookContent BlankTemplate => new("", [], RegistrySignature.Blank);

    public bool IsTemplate => Sites.Count == 0;
}
