namespace Pucha.Core.Census;

/// <summary>One organizer on a record's way up: who reviews, at which level.</summary>
public readonly record struct ReviewStep(int OrganizationId, ReviewLevel Level);
