using System.Globalization;
using System.Net;
using Pucha.Inspection;
using Pucha.Inspection.Analysis.Lexicon;
using Pucha.Inspection.Columns;
using Pucha.Inspection.Crawling;
using Pucha.Inspection.Fetching;

namespace Pucha.Inspect;

/// <summary>The validated arguments of `pucha inspect`; a bad argument gives a clear bilingual message.</summary>
/// <param name="Scorer">Scores the report against the indicator set of --score, or null for no score sheet.</param>
internal sealed record InspectArguments(InspectionOptions Options, ReportFormat Format, string? OutputPath, InspectionScorer? Scorer = null)
{
    /// <param name="platform">--score, --render and xlsx; null in the native inspector, which refuses them.</param>
    public static InspectArguments Parse(RawInspectArguments raw, DateOnly today, IInspectPlatform? platform)
    {
        if (string.IsNullOrWhiteSpace(raw.Url))
            throw new ArgumentException("缺少首页网址 (missing URL): pucha inspect URL");
        var text = raw.Url.Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
            text = "http://" + text;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) || url.Host.Length == 0)
            throw new ArgumentException($"首页网址无效，应为 http 或 https 地址 (invalid URL): {raw.Url}");

        var asOf = today;
        if (raw.AsOf is not null && !DateOnly.TryParseExact(raw.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
            throw new ArgumentException($"--as-of 应为日期 YYYY-MM-DD (--as-of must be a date YYYY-MM-DD): {raw.AsOf}");

        var crawl = new CrawlOptions
        {
            MaxPages = PositiveInt(raw.MaxPages, "--max-pages", new CrawlOptions().MaxPages),
            MaxDepth = NonNegativeInt(raw.MaxDepth, "--max-depth", new CrawlOptions().MaxDepth),
            Concurrency = PositiveInt(raw.Concurrency, "--concurrency", new CrawlOptions().Concurrency, max: 256),
            NoExternal = raw.NoExternal,
        };

        var fetch = new FetchOptions();
        if (raw.Timeout is not null)
        {
            if (!double.TryParse(raw.Timeout, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0 || seconds > 600)
                throw new ArgumentException($"--timeout 应为 0 到 600 之间的秒数 (--timeout must be seconds in (0, 600]): {raw.Timeout}");
            fetch = fetch with { Timeout = TimeSpan.FromSeconds(seconds) };
        }

        var resolve = new List<(string, IPAddress)>();
        foreach (var item in raw.Resolve)
        {
            if (!HostResolver.TryParseMapping(item, out var mapping))
                throw new ArgumentException($"--resolve 应为 HOST=IP (--resolve must be HOST=IP): {item}");
            resolve.Add(mapping);
        }

        var allowed = new List<IPNetwork>();
        foreach (var item in raw.AllowNetwork)
        {
            if (!NetworkGuard.TryParseNetwork(item, out var network))
                throw new ArgumentException($"--allow-network 应为 CIDR 网段，如 127.0.0.0/8 (--allow-network must be a CIDR range): {item}");
            allowed.Add(network);
        }

        IReadOnlyList<ColumnDefinition>? columns = null;
        if (raw.Columns is not null)
        {
            try
            {
                columns = ColumnListFile.Load(raw.Columns, url);
            }
            catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
            {
                throw new ArgumentException($"--columns 栏目表无法读取 (cannot read the column table): {e.Message}");
            }
        }

        var lexicon = LoadLexicon(raw.Dictionaries);

        var format = (raw.Format ?? "table").ToLowerInvariant() switch
        {
            "table" => ReportFormat.Table,
            "json" => ReportFormat.Json,
            "xlsx" => ReportFormat.Xlsx,
            _ => throw new ArgumentException($"--format 应为 table、json 或 xlsx (--format must be table|json|xlsx): {raw.Format}"),
        };

        var defaults = new InspectionOptions { Url = url, AsOf = asOf };
        if (platform is null && raw.Render)
            throw new ArgumentException("本程序不支持 --render，请用 pucha inspect (--render needs `pucha inspect`, not the native inspector)");
        if (platform is null && format == ReportFormat.Xlsx)
            throw new ArgumentException("本程序不支持 xlsx 报告，请用 pucha inspect (xlsx needs `pucha inspect`, not the native inspector)");
        if (raw.Render && !File.Exists(defaults.ChromiumPath))
            throw new ArgumentException($"--render 需要 Chromium，未找到 {defaults.ChromiumPath} (--render needs Chromium at {defaults.ChromiumPath})");

        var options = new InspectionOptions
        {
            Url = url,
            AsOf = asOf,
            Crawl = crawl,
            Fetch = fetch,
            IgnoreRobots = raw.IgnoreRobots,
            Render = raw.Render,
            Resolve = resolve,
            AllowNetworks = allowed,
            Columns = columns,
            Lexicon = lexicon,
        };
        return new InspectArguments(options, format, raw.Output, ResolveScorer(raw.Score, platform));
    }

    private static InspectionScorer? ResolveScorer(string? name, IInspectPlatform? platform)
    {
        if (name is null)
            return null;
        if (platform is null)
            throw new ArgumentException("本程序不支持 --score，请用 pucha inspect (--score needs `pucha inspect`, not the native inspector)");
        return platform.ResolveScorer(name);
    }

    /// <summary>Loads and merges the dictionary files; a term in several files keeps its first entry.</summary>
    private static LexiconDictionary? LoadLexicon(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
            return null;
        var entries = new List<LexiconEntry>();
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (!File.Exists(path))
                throw new ArgumentException($"--dictionary 词库文件不存在 (dictionary file not found): {path}");
            try
            {
                entries.AddRange(LexiconDictionary.Load(path).Entries.Where(e => terms.Add(e.Term)));
            }
            catch (LexiconFormatException e)
            {
                throw new ArgumentException($"--dictionary 词库格式错误 (bad dictionary): {e.Message}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ArgumentException($"--dictionary 词库文件无法读取 (cannot read dictionary): {path}: {e.Message}");
            }
        }
        return LexiconDictionary.FromEntries(entries);
    }

    private static int PositiveInt(string? value, string name, int fallback, int max = int.MaxValue)
    {
        if (value is null)
            return fallback;
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > max)
            throw new ArgumentException($"{name} 应为 1 到 {max} 之间的整数 ({name} must be an integer in [1, {max}]): {value}");
        return number;
    }

    private static int NonNegativeInt(string? value, string name, int fallback)
    {
        if (value is null)
            return fallback;
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 0)
            throw new ArgumentException($"{name} 应为非负整数 ({name} must be a non-negative integer): {value}");
        return number;
    }
}
