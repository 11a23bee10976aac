using Microsoft.EntityFrameworkCore;
using Pucha.Core.Campaigns;
using Pucha.Core.Census;
using Pucha.Core.Organizations;
using Pucha.Core.Websites;
using Pucha.Data.Organizations;

namespace Pucha.Data.Campaigns;

/// <summary>
/// The progress board of a campaign for one organizer: its subtree's records counted by state and by
/// 逾期, per direct child. Two queries whatever the tree's size: the children's names, and one
/// GROUP BY over the subtree's websites keyed by the child segment of their materialized path
/// ("/1/7/<b>42</b>/…" under "/1/7/"), so drilling down a level costs the same.
/// The late test is <see cref="CampaignLateness"/> written as SQL; <see cref="LateRecords"/> exposes
/// it for the review desk's "逾期" filter.
/// </summary>
public static class CampaignProgressQuery
{
    public static async Task<ProgressBoard> ForAsync(
        PuchaDbContext db, Campaign campaign, Organization organizer, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var children = await db.Organizations.AsNoTracking()
            .Where(o => o.ParentId == organizer.Id)
            .OrderBy(o => o.Path)
            .Select(o => new { o.Id, o.Name, o.Kind })
            .ToListAsync(cancellationToken);

        var prefixLength = organizer.Path.Length;
        var flagged = LateRecords(db, db.Websites.AsNoTracking().WithinSubtree(organizer.Path), campaign, now);
        var groups = await flagged
            .Select(x => new
            {
                Rest = x.Website.OrganizationPath.Substring(prefixLength),
                x.Website.Status,
                x.Late,
            })
            .Select(x => new
            {
                // "" for the organizer's own sites, else the child's id: the text before the next '/'.
                Child = x.Rest == "" ? "" : x.Rest.Substring(0, x.Rest.IndexOf("/")),
                x.Status,
                x.Late,
            })
            .GroupBy(x => x.Child)
            .Select(g => new
            {
                Child = g.Key,
                NotSubmitted = g.Count(x => x.Status == CensusStatus.NotSubmitted),
                PendingReview = g.Count(x => x.Status == CensusStatus.PendingReview),
                Returned = g.Count(x => x.Status == CensusStatus.Returned),
                Approved = g.Count(x => x.Status == CensusStatus.Approved),
                Late = g.Count(x => x.Late),
            })
            .ToListAsync(cancellationToken);

        var counts = groups.ToDictionary(
            g => g.Child,
            g => new StateCounts(g.NotSubmitted, g.PendingReview, g.Returned, g.Approved, g.Late),
            StringComparer.Ordinal);
        var rows = new List<ProgressRow>(children.Count + 1);
        if (counts.TryGetValue("", out var own))
        {
            rows.Add(new ProgressRow(organizer.Id, organizer.Name, organizer.Kind, true, own));
        }

        foreach (var child in children)
        {
            var key = child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            rows.Add(new ProgressRow(child.Id, child.Name, child.Kind, false, counts.GetValueOrDefault(key) ?? StateCounts.Zero));
        }

        var total = rows.Aggregate(StateCounts.Zero, (sum, row) => sum.Plus(row.Counts));
        return new ProgressBoard(rows, total);
    }

    /// <summary>Each website of <paramref name="websites"/> with whether it is 逾期 in <paramref name="campaign"/> at <paramref name="now"/>.</summary>
    public static IQueryable<LateFlag> LateRecords(PuchaDbContext db, IQueryable<Website> websites, Campaign campaign, DateTimeOffset now)
    {
        var submissionCutoff = CampaignCalendar.Cutoff(campaign.SubmissionDeadline);
        var withUnitOverdue = now.UtcDateTime >= submissionCutoff;
        var overdueLevels = CampaignCalendar.OverdueLevels(campaign, now);
        var overdueReviewers = Enum.GetValues<OrganizationKind>()
            .Where(kind => ReviewRoutes.LevelOf(kind) is { } level && overdueLevels.Contains(level))
            .ToList();

        return from w in websites
               join r in db.Set<CensusReview>() on w.Id equals r.WebsiteId into reviews
               from r in reviews.DefaultIfEmpty()
               join p in db.Organizations on r.PendingOrganizationId equals p.Id into pending
               from p in pending.DefaultIfEmpty()
               let firstSubmitted = db.Set<ReviewHistoryEntry>()
                   .Where(h => h.WebsiteId == w.Id && h.Action == ReviewAction.Submit)
                   .Min(h => (DateTime?)h.At)
               select new LateFlag
               {
                   Website = w,
                   Late = (firstSubmitted != null && firstSubmitted >= submissionCutoff)
                          || (withUnitOverdue && (w.Status == CensusStatus.NotSubmitted || w.Status == CensusStatus.Returned))
                          || (w.Status == CensusStatus.PendingReview && p != null && overdueReviewers.Contains(p.Kind)),
               };
    }
}
