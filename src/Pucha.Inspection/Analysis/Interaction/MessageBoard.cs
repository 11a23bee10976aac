namespace Pucha.Inspection.Analysis.Interaction;

/// <summary>The messages a board page shows, newest or oldest first as the page lists them.</summary>
internal sealed record MessageBoard(IReadOnlyList<MessageEntry> Entries)
{
    /// <summary>The most recent post or answer date, or null for an empty board.</summary>
    public DateOnly? LastUpdate =>
        Entries.Count == 0 ? null : Entries.Max(e => e.Answered is { } answered && answered > e.Posted ? answered : e.Posted);
}
