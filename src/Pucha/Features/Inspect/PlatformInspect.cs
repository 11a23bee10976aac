using Pucha.Inspect;
using Pucha.Core.Indicators;
using Pucha.Core.Scoring;
using Pucha.Inspection.Reporting;
using Pucha.Features.Scoring;
using Spectre.Console;

namespace Pucha.Features.Inspect;

/// <summary>
/// What `pucha inspect` adds to the native inspector: --score with the 2015 and 2019 tables (or a table
/// file) and the score sheet in every report format, and the findings workbook.
/// </summary>
internal sealed class PlatformInspect : IInspectPlatform
{
    public void WriteWorkbook(InspectionReport report, Stream output) => XlsxReportWriter.Write(report, output);

    public InspectionScorer ResolveScorer(string name)
    {
        IndicatorSet set;
        try
        {
            set = IndicatorSetCatalog.Resolve(name);
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException or IndicatorSetFormatException)
        {
            throw new ArgumentException($"--score 指标体系无法使用 (cannot use this indicator set): {e.Message}");
        }

        return (report, asOf) =>
        {
            var sheet = InspectionScoring.Score(report.Findings, set, asOf);
            var site = new ScoredSite(report.Site.Name ?? report.Site.Url, report.Site.SiteCode ?? "");
            return new ScoredInspection(ScoreSheetJson.ToJson(sheet), ScoreSheetText(sheet), stream => ScoreSheetWorkbook.Write(stream, sheet, set, site));
        };
    }

    /// <summary>The score sheet as plain text (no colours or control codes: it goes to a file or a pipe too).</summary>
    private static string ScoreSheetText(ScoreSheet sheet)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 160;
        ScoreSheetConsole.Write(console, sheet);
        return writer.ToString();
    }
}
