using Pucha.Core.Alerts;

namespace Pucha.Data.Alerts;

/// <summary>An alert about to be raised: the evaluator's findings, before the de-duplicating insert.</summary>
public sealed record AlertDraft(int SiteId, AlertKinds Kind, string EpisodeKey, string Subject, string Body);
