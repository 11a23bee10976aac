using Pucha.Core.Validation;

namespace Pucha.Core.Monitoring;

/// <summary>
/// Monitoring cadence set for one site, or as the default of a campaign's sites: homepage visits,
/// homepage snapshots and column checks a day. Null inherits (site → active campaign → global
/// configuration). Each count must divide 86 400 s so a site's runs fall on the same slots every day.
/// </summary>
public sealed record CadenceSettings(int? ProbesPerDay, int? SnapshotsPerDay, int? ColumnChecksPerDay)
{
    /// <summary>Every 5 minutes: more would be load on the site, not evidence.</summary>
    public const int MaximumProbesPerDay = 288;

    /// <summary>Every hour.</summary>
    public const int MaximumSnapshotsPerDay = 24;

    /// <summary>Every hour.</summary>
    public const int MaximumColumnChecksPerDay = 24;

    public static readonly CadenceSettings Inherit = new(null, null, null);

    public bool IsEmpty => ProbesPerDay is null && SnapshotsPerDay is null && ColumnChecksPerDay is null;

    /// <summary>Chinese messages keyed by property name; the rules' floor of 20 visits a day is never waived here.</summary>
    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        Check(errors, nameof(ProbesPerDay), ProbesPerDay, MonitoringCadence.MinimumProbesPerDay, MaximumProbesPerDay,
            "每日可用性探测次数", "（按规则每天间隔性访问不少于20次）");
        Check(errors, nameof(SnapshotsPerDay), SnapshotsPerDay, 1, MaximumSnapshotsPerDay, "每日首页快照次数", "");
        Check(errors, nameof(ColumnChecksPerDay), ColumnChecksPerDay, 1, MaximumColumnChecksPerDay, "每日栏目检查次数", "");
        return errors;
    }

    private static void Check(FieldErrors errors, string field, int? value, int min, int max, string label, string why)
    {
        if (value is not { } n)
            return;
        if (n < min || n > max)
            errors.Add(field, $"{label}应在{min}至{max}之间{why}。");
        else if (86_400 % n != 0)
            errors.Add(field, $"{label}应能整除一天的86400秒（如{(min == 1 ? "1、2、4、6、12、24" : "20、24、30、48、96、144、288")}），以便每天在相同时刻进行。");
    }
}
