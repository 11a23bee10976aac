using Pucha.Core.Scoring;

namespace Pucha.Features.Scoring;

/// <summary>One site's line in the 上报表.</summary>
public sealed record SiteScoreRow(ScoredSite Site, ScoreSheet Sheet);
