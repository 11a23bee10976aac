using Microsoft.EntityFrameworkCore;
using Pucha.Core.Regions;
using Pucha.Core.Websites;
using Pucha.Data.Infrastructure;
using Pucha.Data.Organizations;

namespace Pucha.Data.Websites;

/// <summary>
/// The website list over 100,000 sites: every filter is an indexed range or equality; "contains"
/// search is ILIKE on PostgreSQL (served by the pg_trgm GIN indexes of migration Census2015) and
/// LIKE on SQLite (a scan; case-insensitive for ASCII); pages are keyset pages by id.
/// </summary>
public static class WebsiteQueries
{
    public const int MaxPageSize = 200;

    public const int MaxSearchLength = 100;

    public static IQueryable<Website> Filter(this IQueryable<Website> query, DatabaseProvider provider, WebsiteListFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.OrganizationPath is { } path)
        {
            query = query.WithinSubtree(path);
        }

        if (filter.RegionCode is { } region)
        {
            if (!RegionCode.IsValid(region))
            {
                throw new ArgumentException($"行政区划代码应为6位数字：{region}", nameof(filter));
            }

            var lower = RegionCode.SubtreePrefix(region);
            var upper = string.Concat(lower.AsSpan(0, lower.Length - 1), ((char)(lower[^1] + 1)).ToString());
            query = query.Where(w => w.RegionCode != null
                && string.Compare(w.RegionCode, lower) >= 0 && string.Compare(w.RegionCode, upper) < 0);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(w => w.Status == status);
        }

        if (filter.WebsiteType is { } type)
        {
            query = query.Where(w => w.WebsiteType == type);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            if (text.Length > MaxSearchLength)
            {
                throw new ArgumentException($"搜索内容不能超过{MaxSearchLength}个字符。", nameof(filter));
            }

            var pattern = "%" + EscapeLike(text) + "%";
            query = provider == DatabaseProvider.PostgreSql
                ? query.Where(w => EF.Functions.ILike(w.Name, pattern, @"\") || EF.Functions.ILike(w.NormalizedHomepageUrl, pattern, @"\"))
                : query.Where(w => EF.Functions.Like(w.Name, pattern, @"\") || EF.Functions.Like(w.NormalizedHomepageUrl, pattern, @"\"));
        }

        return query;
    }

    /// <summary>The page of <paramref name="pageSize"/> sites with ids above <paramref name="afterId"/>, in id order.</summary>
    public static async Task<WebsitePage> PageAsync(this IQueryable<Website> query, int? afterId, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        if (afterId is { } after)
        {
            query = query.Where(w => w.Id > after);
        }

        var rows = await query.AsNoTracking().OrderBy(w => w.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        var hasMore = rows.Count > pageSize;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        return new WebsitePage(rows, hasMore ? rows[^1].Id : null);
    }

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);
}
