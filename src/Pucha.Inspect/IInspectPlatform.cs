using Pucha.Inspection.Reporting;

namespace Pucha.Inspect;

/// <summary>
/// What `pucha inspect` does beyond the native inspector: --score (the indicator tables live with the
/// platform's score sheets), --render (Playwright needs reflection) and xlsx reports (OpenXml is not
/// trim-safe). The platform executable provides it; the native inspector has none and refuses those.
/// </summary>
public interface IInspectPlatform
{
    /// <summary>The scorer for the table named by --score; an <see cref="ArgumentException"/> with the user's message when it cannot be used.</summary>
    InspectionScorer ResolveScorer(string name);

    /// <summary>The findings as a workbook (--format xlsx without --score).</summary>
    void WriteWorkbook(InspectionReport report, Stream output);
}
