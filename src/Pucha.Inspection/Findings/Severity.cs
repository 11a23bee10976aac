namespace Pucha.Inspection.Findings;

/// <summary>How serious a finding is. <see cref="Veto"/> marks what alone fails a site (单项否决).</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
    Veto,
}
