namespace Pucha.Features.Census.Excel;

/// <summary>
/// The signature block under 政府网站基本信息表 (渝府办发〔2015〕52号 附件3): one per sheet, so it applies to every
/// site of the file. <see cref="FilledOn"/> is the cell's text as read (parsed by the importer).
/// </summary>
public sealed record RegistrySignature(string Head, string Reviewer, string Filler, string Phone, string FilledOn)
{
    public static RegistrySignature Blank { get; } = new("", "", "", "", "");

    /// <summary>The values in the order of <see cref="RegistryLayout.Signatures"/>.</summary>
    public string[] Values => [Head, Reviewer, Filler, Phone, FilledOn];

    public static RegistrySignature FromValues(IReadOnlyList<string> values) => new(values[0], values[1], values[2], values[3], values[4]);
}
