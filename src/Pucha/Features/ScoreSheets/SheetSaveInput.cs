namespace Pucha.Features.ScoreSheets;

/// <summary>A save of a sheet: the entries, the version read, and whether to submit (submitting locks it).</summary>
public sealed record SheetSaveInput
{
    public IReadOnlyList<SheetEntryInput> Entries { get; init; } = [];

    public int Version { get; init; }

    public bool Submit { get; init; }
}
