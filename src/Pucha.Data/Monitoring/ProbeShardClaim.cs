namespace Pucha.Data.Monitoring;

/// <summary>
/// The claim of one window of one probe shard by the worker whose firing runs it. Inserted
/// insert-or-ignore at the start of a firing: a second firing of the same window (a trigger replaced
/// while already acquired, when several workers start at once) finds the row and skips the window,
/// so the monitored site is not visited twice. The layout (shards, period) is part of the key: a
/// window of another layout is another window. A firing stopped with its scheduler (graceful stop)
/// marks its window released; the next firing of the shard on any worker takes it over
/// (<see cref="MonitoringStore.TakeReleasedShardWindowAsync"/>) and visits the slots not stored.
/// </summary>
public sealed class ProbeShardClaim
{
    /// <summary>Quartz instance ids are host name plus a time stamp; longer ones are cut.</summary>
    public const int MaxWorkerLength = 200;

    /// <summary>
    /// A released window is taken over by a firing of its shard at most this many periods after it started:
    /// its slots are then visited late (they count for their slot), older ones are not visited any more.
    /// </summary>
    public const int MaxTakeOverPeriods = 3;

    public int Shards { get; set; }
    public int PeriodSeconds { get; set; }
    public int Shard { get; set; }
    public DateTime WindowStartUtc { get; set; }
    public DateTime ClaimedUtc { get; set; }

    /// <summary>The Quartz scheduler instance that claimed the window (to read in the logs and the table).</summary>
    public string Worker { get; set; } = "";

    /// <summary>
    /// Set when the firing running the window stopped before its end (its worker shut down); null while the
    /// window is running or done, and again once another worker has taken it over.
    /// </summary>
    public DateTime? ReleasedUtc { get; set; }
}
