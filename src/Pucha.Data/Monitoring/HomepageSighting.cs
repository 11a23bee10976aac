using System.Security.Cryptography;
using System.Text;
using Pucha.Core.Monitoring;

namespace Pucha.Data.Monitoring;

/// <summary>
/// An item first seen on a site's homepage. One row per item (url, title, date) however many
/// snapshots show it: <see cref="ItemHash"/> identifies it in a fixed-size unique index.
/// </summary>
public sealed class HomepageSighting
{
    public const int ItemHashLength = 32;

    public long Id { get; set; }
    public int SiteId { get; set; }

    /// <summary>Hex of the first 16 bytes of SHA-256 over url, title and date.</summary>
    public string ItemHash { get; set; } = "";

    public string Url { get; set; } = "";
    public string Title { get; set; } = "";
    public DateOnly? PublishedOn { get; set; }
    public DateTime FirstSeenUtc { get; set; }

    /// <summary>Null for an item on the homepage; else the second-level page of a navigation-only homepage it was seen on.</summary>
    public string? SourceUrl { get; set; }

    public HomepageItem ToItem() => new(Url, Title, PublishedOn, FirstSeenUtc, SourceUrl);

    public static string HashOf(string url, string title, DateOnly? publishedOn)
    {
        var text = $"{url}\n{title}\n{publishedOn:yyyy-MM-dd}";
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
