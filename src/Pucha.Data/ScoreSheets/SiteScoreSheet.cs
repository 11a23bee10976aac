using Pucha.Core;
using Pucha.Core.Audit;

namespace Pucha.Data.ScoreSheets;

/// <summary>
/// A score sheet of one site in the platform (自查, 检查 or 抽查): which indicator set, as of which
/// date, prefilled from which inspection run, and the people's entries. The score itself is computed
/// by Core's Scorer from these; its totals are copied here for lists and the 上报表.
/// Once <see cref="ScoreSheetStatus.Submitted"/>, nothing in it changes again.
/// </summary>
public sealed class SiteScoreSheet : IAuditable, IVersioned
{
    public const int MaxIndicatorSetIdLength = 64;
    public const int MaxPersonLength = 100;
    public const int MaxVerdictLength = 300;

    public long Id { get; set; }

    public int SiteId { get; set; }

    /// <summary>Copy of the site's organization path: the audit log and scope filters use it.</summary>
    public string OrganizationPath { get; set; } = "";

    public ScoreSheetKind Kind { get; set; }

    /// <summary>The organizer that inspects (检查/抽查); null for a self-check.</summary>
    public int? ScorerOrganizationId { get; set; }

    /// <summary>e.g. <c>website-2019</c>.</summary>
    public string IndicatorSetId { get; set; } = "";

    /// <summary>监测时间点.</summary>
    public DateOnly AsOf { get; set; }

    /// <summary>The automated inspection whose findings prefill the sheet; null for a self-check.</summary>
    public long? InspectionRunId { get; set; }

    public ScoreSheetStatus Status { get; set; }

    /// <summary>The people's entries (人工评分, confirmations and overrides) as JSON.</summary>
    public string EntriesJson { get; set; } = "[]";

    public decimal? Deducted { get; set; }

    public decimal? Bonus { get; set; }

    public decimal? Total { get; set; }

    public bool Qualified { get; set; }

    public string Verdict { get; set; } = "";

    /// <summary>The vetoes that fired, joined by 、 (the 上报表 lists them without recomputing the sheet).</summary>
    public string VetoNames { get; set; } = "";

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public string UpdatedBy { get; set; } = "";

    public DateTime UpdatedUtc { get; set; }

    public string? SubmittedBy { get; set; }

    public DateTime? SubmittedUtc { get; set; }

    /// <summary>Optimistic concurrency: two people saving the same draft cannot overwrite each other unseen.</summary>
    public int Version { get; set; }

    string? IAuditable.AuditOrganizationPath => OrganizationPath;
}
