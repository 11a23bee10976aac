using System.Text.Json.Nodes;
using Pucha.Data.ScoreSheets;
using Pucha.Features.Scoring;

namespace Pucha.Features.ScoreSheets;

/// <summary>A sheet in the JSON API: its record, the people's entries and the computed score (docs/report-format.md `score`).</summary>
public sealed record ScoreSheetDto(
    long Id, int SiteId, string SiteName, string Kind, string KindLabel, string Status, string IndicatorSet, DateOnly AsOf, long? InspectionRunId,
    decimal? Deducted, decimal? Bonus, decimal? Total, bool Qualified, string Verdict, string CreatedBy, DateTime CreatedUtc,
    string UpdatedBy, DateTime UpdatedUtc, string? SubmittedBy, DateTime? SubmittedUtc, int Version,
    IReadOnlyList<SheetEntry>? Entries, JsonObject? Score)
{
    public static ScoreSheetDto From(SiteScoreSheet sheet, string siteName) => new(
        sheet.Id, sheet.SiteId, siteName, sheet.Kind.ToString(), ScoreSheetLabels.Of(sheet.Kind), sheet.Status.ToString(), sheet.IndicatorSetId,
        sheet.AsOf, sheet.InspectionRunId, sheet.Deducted, sheet.Bonus, sheet.Total, sheet.Qualified, sheet.Verdict, sheet.CreatedBy,
        sheet.CreatedUtc, sheet.UpdatedBy, sheet.UpdatedUtc, sheet.SubmittedBy, sheet.SubmittedUtc, sheet.Version, null, null);

    public static ScoreSheetDto From(SheetView view) =>
        From(view.Sheet, view.Site.Name) with { Entries = view.Entries, Score = ScoreSheetJson.ToJson(view.Score) };
}
