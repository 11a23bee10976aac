namespace Pucha.Inspection.Analysis;

/// <summary>What a page is, which decides the checks and the labels expected on it.</summary>
public enum PageKind
{
    Home,
    Column,
    Article,
    ServiceGuide,
    MessageBoard,
    SearchResults,
    Other,
}
