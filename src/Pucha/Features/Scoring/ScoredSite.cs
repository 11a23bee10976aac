namespace Pucha.Features.Scoring;

/// <summary>The site a score sheet is about, as printed on the exported table.</summary>
/// <param name="Name">网站名称.</param>
/// <param name="Code">网站标识码 (may be empty before one is issued).</param>
public sealed record ScoredSite(string Name, string Code);
