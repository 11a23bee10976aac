namespace Pucha.Inspection.Fetching;

/// <summary>One redirect followed: the URL that answered and its status.</summary>
public readonly record struct RedirectHop(Uri From, int Status, Uri To);
