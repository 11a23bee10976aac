namespace Pucha.Inspection.Crawling;

/// <summary>A link found on a page, already resolved and normalized.</summary>
internal readonly record struct ExtractedLink(Uri Target, LinkKind Kind);
