namespace Pucha.Core.Organizations;

/// <summary>
/// Whom a unit reports to: the acceptable organizers in order of preference (a vertically managed
/// unit reports to its system's provincial office where one exists, else to the ministry), or an
/// error in Chinese when the unit's description is itself inconsistent.
/// </summary>
public sealed class ReportingLine
{
    private ReportingLine(IReadOnlyList<ReportingTarget> targets, string? error)
    {
        Targets = targets;
        Error = error;
    }

    /// <summary>Acceptable organizers, preferred first; empty for the root and on error.</summary>
    public IReadOnlyList<ReportingTarget> Targets { get; }

    /// <summary>Why the unit cannot be placed; null when it can.</summary>
    public string? Error { get; }

    public bool IsRoot => Error is null && Targets.Count == 0;

    public static ReportingLine Root { get; } = new([], null);

    public static ReportingLine To(params ReportingTarget[] targets) => new(targets, null);

    public static ReportingLine Invalid(string error) => new([], error);

    /// <summary>True when <paramref name="organizer"/> is one of the targets.</summary>
    public bool Accepts(Organization organizer) => Targets.Any(t => t.Matches(organizer));

    /// <summary>Chinese list of the acceptable organizers: "A或B".</summary>
    public string Describe() => string.Join("或", Targets.Select(t => t.Describe()));
}
