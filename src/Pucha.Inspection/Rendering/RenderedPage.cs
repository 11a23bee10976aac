namespace Pucha.Inspection.Rendering;

/// <summary>What a page looked like after its scripts ran, and the script errors seen.</summary>
internal sealed record RenderedPage(string Html, IReadOnlyList<string> ScriptErrors);
