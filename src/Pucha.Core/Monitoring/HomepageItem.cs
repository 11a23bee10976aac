namespace Pucha.Core.Monitoring;

/// <summary>
/// An item (信息) seen on the homepage: its link, title and the publication date printed beside it
/// (null when none is printed: 未注明信息发布时间的视为不更新), and when monitoring first saw it.
/// </summary>
public sealed record HomepageItem(string Url, string Title, DateOnly? PublishedOn, DateTime FirstSeenUtc)
{
    public const int MaxTitleLength = 300;
    public const int MaxUrlLength = 2000;
}
