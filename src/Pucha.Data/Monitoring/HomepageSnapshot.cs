namespace Pucha.Data.Monitoring;

/// <summary>
/// One homepage snapshot (首页快照), keyed by its slot (site, scheduled UTC) like a probe visit, so a
/// snapshot repeated by a recovered job is stored once. The items themselves go to
/// <see cref="HomepageSighting"/>; this row keeps what the snapshot saw in numbers, and the homepage
/// certificate's expiry for the certificate alert.
/// </summary>
public sealed class HomepageSnapshot
{
    public const int MaxErrorLength = 200;

    public int SiteId { get; set; }
    public DateTime ScheduledUtc { get; set; }
    public DateTime TakenUtc { get; set; }

    /// <summary>The homepage opened and was HTML.</summary>
    public bool Ok { get; set; }

    public int? StatusCode { get; set; }

    /// <summary>List items read from the homepage.</summary>
    public int Items { get; set; }

    /// <summary>Of those, items with a publication date.</summary>
    public int DatedItems { get; set; }

    /// <summary>
    /// The homepage is only a navigation portal (首页仅为网站栏目导航入口): its second-level pages were read
    /// and their items are counted as the homepage's.
    /// </summary>
    public bool NavigationOnly { get; set; }

    /// <summary>Second-level pages read (opened as pages) for a navigation-only homepage; 0 otherwise.</summary>
    public int SecondLevelPages { get; set; }

    /// <summary>Items this snapshot saw for the first time.</summary>
    public int NewItems { get; set; }

    /// <summary>Why the snapshot failed, bounded.</summary>
    public string? Error { get; set; }

    /// <summary>NotAfter of the homepage's TLS certificate; null for plain http or when not seen.</summary>
    public DateTime? CertificateNotAfterUtc { get; set; }
}
