using Pucha.Core.Monitoring;

namespace Pucha.Features.Monitoring.Cadence;

/// <summary>
/// A site's monitoring cadence as the page and the API show it: what the site sets itself (null =
/// inherited), what it would inherit without that (the running campaign's, else the global setting),
/// and what is in force. <paramref name="CanEdit"/>: organizers above the site and administrators.
/// </summary>
public sealed record SiteCadenceView(int SiteId, CadenceSettings Own, EffectiveCadence Inherited, EffectiveCadence Effective, bool CanEdit);
