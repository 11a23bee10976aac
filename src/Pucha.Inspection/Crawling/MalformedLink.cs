namespace Pucha.Inspection.Crawling;

/// <summary>
/// A link whose address no browser can open ("http://", "http:/x", "http://.example.org/", "file:///…"):
/// an error of the page that holds it, reported with the reference as written.
/// </summary>
internal readonly record struct MalformedLink(string Reference, string Reason);
