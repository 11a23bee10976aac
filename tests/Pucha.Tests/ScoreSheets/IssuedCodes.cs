using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pucha.Core.Census;
using Pucha.Data;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.ScoreSheets;

/// <summary>Gives a registered site a 网站标识码 and 校验码 as the census review would, without going through every level.</summary>
public static class IssuedCodes
{
    private static int _sequence;

    /// <summary>Returns (网站标识码, 校验码) now valid for the site.</summary>
    public static async Task<(string SiteCode, string CheckCode)> IssueAsync(PlatformFixture platform, int siteId)
    {
        var siteCode = $"43010390{Interlocked.Increment(ref _sequence) % 100:00}";
        var checkCode = CheckCode.Generate();
        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();
        var site = await db.Websites.SingleAsync(w => w.Id == siteId);
        site.SiteCode = siteCode;
        var review = await db.Set<CensusReview>().FirstOrDefaultAsync(r => r.WebsiteId == siteId);
        if (review is null)
            db.Add(review = new CensusReview { WebsiteId = siteId });
        review.CheckCodeHash = CheckCodeHasher.Hash(checkCode, CheckCodeHasher.MinimumIterations);
        await db.SaveChangesAsync();
        return (siteCode, checkCode);
    }
}
