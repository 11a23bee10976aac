using Microsoft.EntityFrameworkCore;
using Pucha.Core.Organizations;
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

    /// <summary>The trigram index serves searches of at least three characters; shorter ones scan.</summary>
    public const int SqliteIndexedSearchLength = 3;

    /// <summary>
    /// Applies <paramref name="filter"/>. With the context, a SQLite search of three or more characters
    /// uses the trigram full-text index (migration SqliteWebsiteSearch) instead of scanning.
    /// </summary>
    public static IQueryable<Website> Filter(this IQueryable<Website> query, PuchaDbContext context, WebsiteListFilter filter)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(filter);
        var text = filter.Search?.Trim();
        if (context.Provider == DatabaseProvider.Sqlite && text is { Length: >= SqliteIndexedSearchLength and <= MaxSearchLength })
        {
            // An FTS5 phrase: double quotes inside are doubled; the trigram tokenizer matches substrings, ignoring case.
            var phrase = "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            var ids = context.Database.SqlQueryRaw<int>(
                "SELECT rowid AS \"Value\" FROM \"WebsiteSearch\" WHERE \"WebsiteSearch\" MATCH {0}", phrase);
            query = query.Where(w => ids.Contains(w.Id));
            filter = filter with { Search = null };
        }

        return query.Filter(context.Provider, filter);
    }

    /// <summary>Applies <paramref name="filter"/>; on SQLite the search scans with LIKE (prefer the overload taking the context).</summary>
    public static IQueryable<Website> Filter(this IQueryable<Website> query, DatabaseProvider provider, WebsiteListFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        // The root's subtree is everything (there is one root): no range, so the database can walk
        // the primary key in page order instead of sorting the whole table.
        if (filter.OrganizationPath is { } path && OrganizationPath.Depth(path) > 1)
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

    /// <summary>
    /// SQLite: the ids of the sites whose 网站名称 contains <paramref name="text"/> of one or two
    /// characters, from the name-piece index of migration SqliteShortNameSearch (a key lookup or a
    /// short range instead of scanning every name); null for any other text. ASCII letters match
    /// regardless of case, as LIKE does.
    /// </summary>
    public static IQueryable<int>? SqliteShortNameMatches(PuchaDbContext context, string text)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(text);
        if (context.Provider != DatabaseProvider.Sqlite || text.Length is < 1 or >= SqliteIndexedSearchLength
            || text.Any(char.IsSurrogate) || text.Any(char.IsControl) || text[0] == char.MaxValue)
        {
            return null;
        }

        var gram = string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsAsciiLetterUpper(source[i]) ? char.ToLowerInvariant(source[i]) : source[i];
            }
        });
        if (gram.Length == 2)
        {
            return context.Database.SqlQueryRaw<int>(
                "SELECT \"WebsiteId\" AS \"Value\" FROM \"WebsiteNameGrams\" WHERE \"Gram\" = {0}", gram);
        }

        // Every piece starting with the character: the piece itself and the character followed by
        // anything sort between it and the next code point (UTF-8 keeps code-point order). A name
        // that contains it several times yields its id more than once, which IN ignores.
        var next = ((char)(gram[0] + 1)).ToString();
        return context.Database.SqlQueryRaw<int>(
            "SELECT \"WebsiteId\" AS \"Value\" FROM \"WebsiteNameGrams\" WHERE \"Gram\" >= {0} AND \"Gram\" < {1}", gram, next);
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

    /// <summary>
    /// Counts matches but stops at <paramref name="cap"/>: an exact count over 100,000 rows is a full
    /// scan (tens to hundreds of milliseconds for a common search word), "1000+" is not.
    /// </summary>
    public static async Task<WebsiteCount> CountAsync(this IQueryable<Website> query, int cap, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cap, 1);
        var count = await query.Select(w => w.Id).Take(cap + 1).CountAsync(cancellationToken);
        return count > cap ? new WebsiteCount(cap, true) : new WebsiteCount(count, false);
    }

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);
}
