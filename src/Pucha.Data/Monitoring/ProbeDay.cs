namespace Pucha.Data.Monitoring;

/// <summary>A site's visits and failures of one UTC day: what is kept once the raw visits are purged.</summary>
public sealed class ProbeDay
{
    public int SiteId { get; set; }
    public DateOnly Day { get; set; }
    public int Visits { get; set; }
    public int Failures { get; set; }
}
