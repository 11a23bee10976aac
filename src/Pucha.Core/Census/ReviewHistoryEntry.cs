using Pucha.Core.Websites;

namespace Pucha.Core.Census;

/// <summary>One action in a record's review: who, for which unit, at which level, when, and why (退回).</summary>
public sealed class ReviewHistoryEntry
{
    public long Id { get; set; }

    public int WebsiteId { get; set; }

    public ReviewAction Action { get; set; }

    public CensusStatus FromState { get; set; }

    public CensusStatus ToState { get; set; }

    public int? ActorUserId { get; set; }

    public string ActorName { get; set; } = "";

    public int ActorOrganizationId { get; set; }

    /// <summary>The level the actor acted at; null for the reporting unit itself.</summary>
    public ReviewLevel? Level { get; set; }

    /// <summary>When, in UTC.</summary>
    public DateTime At { get; set; }

    /// <summary>退回原因; empty for other actions.</summary>
    public string Reason { get; set; } = "";
}
