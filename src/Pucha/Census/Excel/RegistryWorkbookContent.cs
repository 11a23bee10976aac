namespace Pucha.Census.Excel;

/// <summary>What the writer puts in a workbook: the filling unit, the sites (none for a blank template) and the date.</summary>
public sealed record RegistryWorkbookContent(string FillingUnit, IReadOnlyList<RegistryRecord> Sites, DateOnly? FilledOn)
{
    public static RegistryWorkbookContent BlankTemplate => new("", [], null);

    public bool IsTemplate => Sites.Count == 0;
}
