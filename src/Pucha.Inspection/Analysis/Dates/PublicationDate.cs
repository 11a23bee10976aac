namespace Pucha.Inspection.Analysis.Dates;

/// <summary>Where a publication date was read from.</summary>
internal enum PublicationDateSource
{
    /// <summary>The date shown on the page (what a reader sees).</summary>
    Visible,

    /// <summary>The <c>&lt;meta name="PubDate"&gt;</c> label, used when nothing is shown.</summary>
    Meta,
}

/// <summary>An article's publication date as found on its page.</summary>
/// <param name="Date">The date.</param>
/// <param name="Time">The time of day when one is written beside it.</param>
/// <param name="Source">Shown on the page, or taken from the meta label.</param>
/// <param name="Evidence">The text the date was read from (bounded), for the report.</param>
internal sealed record PublicationDate(DateOnly Date, TimeOnly? Time, PublicationDateSource Source, string Evidence)
{
    /// <summary>"2019-04-01" or "2019-04-01 10:20".</summary>
    public override string ToString() =>
        Time is { } time ? $"{Date:yyyy-MM-dd} {time:HH\\:mm}" : Date.ToString("yyyy-MM-dd");
}
