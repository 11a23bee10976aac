namespace Pucha.Inspect;

/// <summary>The arguments as typed, before validation.</summary>
internal sealed record RawInspectArguments(
    string? Url, string? AsOf, string? MaxPages, string? MaxDepth, string? Concurrency, string? Columns,
    IReadOnlyList<string> Dictionaries, bool NoExternal, bool Render, IReadOnlyList<string> Resolve,
    IReadOnlyList<string> AllowNetwork, string? Format, string? Output, string? Timeout, bool IgnoreRobots,
    string? Score = null);
