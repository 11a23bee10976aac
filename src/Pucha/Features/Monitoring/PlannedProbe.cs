using Pucha.Core.Monitoring;

namespace Pucha.Features.Monitoring;

/// <summary>One visit a shard's firing will make: the slot (its identity) and the homepage read for this period.</summary>
public readonly record struct PlannedProbe(ProbeSlot Slot, string HomepageUrl);
