using Pucha.Inspection.Reporting;

namespace Pucha.Inspect;

/// <summary>Scores one inspection's report against an indicator table chosen by --score.</summary>
public delegate ScoredInspection InspectionScorer(InspectionReport report, DateOnly asOf);
