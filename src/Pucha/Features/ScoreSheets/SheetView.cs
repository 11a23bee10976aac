using Pucha.Core.Indicators;
using Pucha.Core.Websites;
using Pucha.Data.ScoreSheets;
using Pucha.Core.Scoring;

namespace Pucha.Features.ScoreSheets;

/// <summary>A sheet with everything a page or export needs: its site, its table, its computed score and the entries.</summary>
public sealed record SheetView(SiteScoreSheet Sheet, Website Site, IndicatorSet Set, ScoreSheet Score, IReadOnlyList<SheetEntry> Entries)
{
    /// <summary>The findings of the sheet's inspection run, as scoring reads them.</summary>
    public IReadOnlyList<Observation> Observations { get; init; } = [];

    public bool IsSubmitted => Sheet.Status == ScoreSheetStatus.Submitted;

    public SheetEntry? EntryFor(string indicatorId) => Entries.FirstOrDefault(e => e.IndicatorId == indicatorId);

    /// <summary>Indicators where the machine found something: the inspector must confirm or override each before submitting.</summary>
    public IEnumerable<IndicatorScore> MachineFound => Score.Items.Where(ScoreSheetService.HasMachineFindings);
}
