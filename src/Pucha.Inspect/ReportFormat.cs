namespace Pucha.Inspect;

/// <summary>The report formats of `pucha inspect`.</summary>
internal enum ReportFormat
{
    Table,
    Json,
    Xlsx,
}
