using Pucha.Inspection.Reporting;

namespace Pucha.Inspection;

/// <summary>The report, and whether the homepage could be reached at all (the command's exit code depends on it).</summary>
public sealed record InspectionOutcome(InspectionReport Report, bool HomepageReached);
