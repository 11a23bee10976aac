namespace Pucha.Core.Monitoring;

/// <summary>
/// An item (信息) seen on the homepage: its link, title and the publication date printed beside it
/// (null when none is printed: 未注明信息发布时间的视为不更新), and when monitoring first saw it.
/// <paramref name="SourceUrl"/> is null for an item of the homepage itself, else the second-level page
/// it was read from: when the homepage is only a navigation portal (首页仅为网站栏目导航入口), the
/// rule judges updates over the pages it leads to, and their items stand for the homepage's.
/// </summary>
public sealed record HomepageItem(string Url, string Title, DateOnly? PublishedOn, DateTime FirstSeenUtc, string? SourceUrl = null)
{
    public const int MaxTitleLength = 300;
    public const int MaxUrlLength = 2000;
}
