using Pucha.Core.Websites;

namespace Pucha.Data.Websites;

/// <summary>One page of the website list, and the key to ask for the next one (null on the last page).</summary>
public sealed record WebsitePage(IReadOnlyList<Website> Items, int? NextAfterId);
