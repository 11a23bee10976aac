using System.Net;
using Pucha.Hosting;
using Pucha.Inspection.Fetching;

namespace Pucha.Features.Inspections;

/// <summary>
/// Configuration section "Inspection" (e.g. <c>Inspection__AllowNetworks__0=10.0.0.0/8</c>): the limits
/// of the platform's stored inspections (立即检查 and the weekly full inspection). Every limit is explicit.
/// </summary>
public sealed class InspectionSettings
{
    public const string SectionName = "Inspection";

    /// <summary>Private address ranges inspections may reach (CIDR); none by default (the network guard refuses them).</summary>
    public string[] AllowNetworks { get; set; } = [];

    /// <summary>HTML pages read per run.</summary>
    public int MaxPages { get; set; } = 500;

    /// <summary>Link depth from the homepage.</summary>
    public int MaxDepth { get; set; } = 5;

    /// <summary>Seconds per visit (the rules count a homepage not open within 15 s as a failure).</summary>
    public int TimeoutSeconds { get; set; } = 15;

    /// <summary>Minutes a whole run may take before it is stopped and marked failed.</summary>
    public int MaxRunMinutes { get; set; } = 30;

    /// <summary>Days between two full inspections of a site (每周全面检查).</summary>
    public int IntervalDays { get; set; } = 7;

    /// <summary>Minutes between two firings of the weekly job (each queues the sites that are due).</summary>
    public int CheckEveryMinutes { get; set; } = 60;

    /// <summary>Sites queued per firing of the weekly job; the rest wait for the next firing.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Characters of findings JSON stored per run; findings beyond it are counted, not stored.</summary>
    public int MaxFindingsChars { get; set; } = 4_000_000;

    /// <summary>Characters of report JSON stored per run; a larger report is stored without its findings.</summary>
    public int MaxReportChars { get; set; } = 6_000_000;

    /// <summary>Throws with a clear message when a value is out of range (checked at start, see CheckedOptions).</summary>
    public InspectionSettings Validate()
    {
        _ = AllowedNetworks();
        Check(MaxPages, 1, 100_000, nameof(MaxPages), "每次检查的页面数");
        Check(MaxDepth, 0, 50, nameof(MaxDepth), "链接深度");
        Check(TimeoutSeconds, 1, 600, nameof(TimeoutSeconds), "单次访问超时秒数");
        Check(MaxRunMinutes, 1, 24 * 60, nameof(MaxRunMinutes), "每次检查的最长分钟数");
        Check(IntervalDays, 1, 366, nameof(IntervalDays), "全面检查间隔天数");
        Check(CheckEveryMinutes, 1, 24 * 60, nameof(CheckEveryMinutes), "每周检查任务的间隔分钟数");
        Check(BatchSize, 1, 1_000_000, nameof(BatchSize), "每次排队的网站数");
        Check(MaxFindingsChars, 10_000, 100_000_000, nameof(MaxFindingsChars), "检查发现的存储上限");
        Check(MaxReportChars, 10_000, 100_000_000, nameof(MaxReportChars), "检查报告的存储上限");
        return this;
    }

    public IReadOnlyList<IPNetwork> AllowedNetworks() => OptionRules.Networks(AllowNetworks, "Inspection:AllowNetworks");

    private static void Check(int value, int min, int max, string name, string label)
    {
        if (value < min || value > max)
            throw new ArgumentOutOfRangeException(name, value, $"Inspection:{name}（{label}）应在{min}至{max}之间。");
    }
}
