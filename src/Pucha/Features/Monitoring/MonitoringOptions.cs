using System.Net;
using Pucha.Core.Monitoring;
using Pucha.Hosting;
using Pucha.Inspection.Fetching;

namespace Pucha.Features.Monitoring;

/// <summary>
/// Configuration section "Monitoring" (e.g. environment variable <c>Monitoring__ProbesPerDay=24</c>).
/// Every limit is explicit; the defaults follow the rules.
/// </summary>
public sealed class MonitoringOptions
{
    public const string SectionName = "Monitoring";

    /// <summary>Homepage visits a day per site; must divide 86 400 s (20, 24, 30, 48 …).</summary>
    public int ProbesPerDay { get; set; } = 24;

    /// <summary>Lets ProbesPerDay go below the rules' 20 (test cadences only; the rules need ≥20).</summary>
    public bool AllowBelowRuleMinimum { get; set; }

    /// <summary>Private address ranges the probes may reach (CIDR), e.g. an intranet deployment's sites.</summary>
    public string[] AllowNetworks { get; set; } = [];

    /// <summary>
    /// Fixed name resolutions "HOST=IP" (like `pucha inspect --resolve`; "*.zone=IP" covers a whole zone),
    /// for an intranet whose sites are not in the platform's DNS. The network guard still applies.
    /// </summary>
    public string[] Resolve { get; set; } = [];

    /// <summary>
    /// Shard jobs the probes are split into (site id mod shards). A fixed number of Quartz triggers,
    /// however many sites: enough that a cluster's workers share them evenly, few enough for the store.
    /// </summary>
    public int ProbeShards { get; set; } = 64;

    /// <summary>Each shard fires once per period and runs the slots of that period from an in-job timer.</summary>
    public int ProbeShardPeriodSeconds { get; set; } = 60;

    /// <summary>How often a clustered worker checks in; a worker silent for twice this is recovered by another.</summary>
    public int ClusterCheckinSeconds { get; set; } = 10;

    /// <summary>Days of raw visits kept before only the daily roll-ups remain (at least 8).</summary>
    public int RawRetentionDays { get; set; } = 35;

    /// <summary>Probes run at the same time in one worker.</summary>
    public int MaxConcurrentProbes { get; set; } = 16;

    public MonitoringCadence Cadence => new MonitoringCadence { ProbesPerDay = ProbesPerDay }.Validate(AllowBelowRuleMinimum);

    /// <summary>The configured cadence, used where neither the site nor a running campaign sets one.</summary>
    public EffectiveCadence GlobalCadence(WatchOptions watch) => new(Cadence.ProbesPerDay, watch.SnapshotsPerDay, watch.ColumnChecksPerDay);

    /// <summary>The configured cadence read from configuration, for the pages (which run with or without the scheduler).</summary>
    public static EffectiveCadence GlobalCadence(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        return (section.Get<MonitoringOptions>() ?? new MonitoringOptions()).GlobalCadence(section.Get<WatchOptions>() ?? new WatchOptions());
    }

    /// <summary>Throws with a clear message when a value is out of range.</summary>
    public MonitoringOptions Validate()
    {
        _ = Cadence;
        _ = AllowedNetworks();
        _ = Resolver();
        ProbeShardSchedule.Validate(ProbeShards, ProbeShardPeriodSeconds);
        if (ClusterCheckinSeconds is < 1 or > 600)
            throw new ArgumentOutOfRangeException(nameof(ClusterCheckinSeconds), ClusterCheckinSeconds, "集群签到间隔应在1至600秒之间。");
        if (RawRetentionDays < Data.Monitoring.MonitoringStore.MinimumRawRetentionDays)
            throw new ArgumentOutOfRangeException(nameof(RawRetentionDays), RawRetentionDays, "原始访问记录至少保留8天。");
        if (MaxConcurrentProbes is < 1 or > 256)
            throw new ArgumentOutOfRangeException(nameof(MaxConcurrentProbes), MaxConcurrentProbes, "并发访问数应在1至256之间。");
        return this;
    }

    public HostResolver Resolver() => Resolve.Length == 0
        ? HostResolver.System
        : HostResolver.FromMappings(Resolve.Select(text => HostResolver.TryParseMapping(text, out var mapping)
            ? mapping
            : throw new ArgumentException($"Monitoring:Resolve 应为“域名=IP”，如 *.example.gov.cn=10.0.0.8：{text}")));

    public IReadOnlyList<IPNetwork> AllowedNetworks() => OptionRules.Networks(AllowNetworks, "Monitoring:AllowNetworks");
}
