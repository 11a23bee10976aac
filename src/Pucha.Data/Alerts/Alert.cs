using Pucha.Core.Alerts;

namespace Pucha.Data.Alerts;

/// <summary>
/// One alert: a kind of event on a site in one episode (告警). The unique key (site, kind, episode)
/// is what makes it impossible to raise twice — an episode re-evaluated, or two workers evaluating at
/// once, meet the same key and only one insert wins.
/// </summary>
public sealed class Alert
{
    public const int MaxEpisodeLength = 100;
    public const int MaxSubjectLength = 200;
    public const int MaxBodyLength = 2000;

    public long Id { get; set; }
    public int SiteId { get; set; }
    public AlertKinds Kind { get; set; }

    /// <summary>
    /// What makes this occurrence one episode: the first failed slot of an outage (down and its
    /// recovery), the column and its stale date, the certificate's expiry.
    /// </summary>
    public string EpisodeKey { get; set; } = "";

    public DateTime RaisedUtc { get; set; }

    /// <summary>Plain text, Chinese, e.g. 【网站无法访问】某某县人民政府.</summary>
    public string Subject { get; set; } = "";

    /// <summary>Markdown with every registry and crawled text escaped and bounded.</summary>
    public string Body { get; set; } = "";
}
