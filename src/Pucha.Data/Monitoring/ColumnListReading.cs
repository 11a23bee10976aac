namespace Pucha.Data.Monitoring;

/// <summary>
/// One day's check of a registered column (栏目更新): how many items its list page showed and the
/// newest publication date among them. One row per column per Beijing day — a second check on the
/// same day overwrites the first — kept for <c>ColumnCheckRetentionDays</c>, except that a column's
/// newest row is never purged, so its current state survives any pause in checking.
/// </summary>
public sealed class ColumnListReading
{
    public const int MaxErrorLength = 200;

    public int ColumnId { get; set; }

    /// <summary>Copy of the column's website, so a site's or a subtree's columns are read without a join.</summary>
    public int SiteId { get; set; }

    /// <summary>The Beijing date of the check (the dates printed on pages are Beijing dates).</summary>
    public DateOnly CheckedOn { get; set; }

    public DateTime CheckedUtc { get; set; }

    /// <summary>The list page opened; when false the counts below are those of the last check that did.</summary>
    public bool Ok { get; set; }

    /// <summary>Items listed (0: 空白栏目).</summary>
    public int ItemCount { get; set; }

    /// <summary>The newest dated item's date; null when no item carries a date.</summary>
    public DateOnly? NewestPublishedOn { get; set; }

    public string? Error { get; set; }
}
