// Per-stage CPU cost of the per-page work of an inspection (parse, soft-404 test, link extraction,
// page kind, each page check) over the generated benchmark site read from disk: no HTTP, one thread,
// so each stage's share can be measured apart from the crawl. See bench/RESULTS.md.
//   dotnet run -c Release --project bench/pages -- [SITE_DIR] [PASSES] [DUMP_FILE]
// With DUMP_FILE, every page's results (error-page phrase, links, kind, each check's findings) are
// written there as JSON lines: two builds' dumps must be identical when a change is only for speed.
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;

using Pucha.Inspection.Analysis;
using Pucha.Inspection.Analysis.Pages;
using Pucha.Inspection.Crawling;
using Pucha.Inspection.Fetching;

var site = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "../../../../out/inspect/site");
var passes = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
if (!File.Exists(Path.Combine(site, "index.html")))
{
    Console.Error.WriteLine($"no site in {site}: run bench/inspect/SiteGenerator first");
    return 1;
}

var root = new Uri("http://127.0.0.1:8080/");
var pages = Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
    .Select(path =>
    {
        var bytes = File.ReadAllBytes(path);
        var encoding = CharsetDetector.Detect(bytes, null, out var bom);
        var relative = Path.GetRelativePath(site, path).Replace('\\', '/');
        return (Url: new Uri(root, relative == "index.html" ? "" : relative), Html: encoding.GetString(bytes.AsSpan(bom)), Bytes: bytes.Length);
    })
    .ToList();
var dump = args.Length > 2 ? new StreamWriter(args[2]) : null;
var dumpOptions = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
var megabytes = pages.Sum(p => (long)p.Bytes) / 1e6;
Console.WriteLine($"{pages.Count} pages, {megabytes:0.0} MB, {passes} passes");

var profile = new SiteProfile(root, null, null, [root.IdnHost]);
var asOf = new DateOnly(2026, 11, 20);
var checks = PageChecks.Create();
var stages = new Dictionary<string, TimeSpan>();
void Add(string stage, TimeSpan spent) => stages[stage] = stages.GetValueOrDefault(stage) + spent;

var parser = PageParser.Create();
for (var pass = 0; pass <= passes; pass++)
{
    var measured = pass > 0; // pass 0 warms the JIT up
    var cache = new ResolutionCache();
    foreach (var (url, html, _) in pages)
    {
        var clock = new ThreadClock();
        using var document = parser.ParseDocument(html);
        var parse = clock.Elapsed;
        var soft = SoftNotFoundDetector.Detect(document);
        var softSpent = clock.Elapsed - parse;
        var mark = clock.Elapsed;
        LinkExtractor.Extract(document, url, cache);
        var links = clock.Elapsed - mark;
        mark = clock.Elapsed;
        var kind = url.AbsolutePath == "/" ? PageKind.Home : PageKindClassifier.Classify(url, document, profile, asOf);
        var kindSpent = clock.Elapsed - mark;
        var context = new PageContext(url, document, kind, profile, asOf);
        if (!measured)
        {
            var found = checks.Select(check => check.Check(context).ToList()).ToList();
            if (dump is not null)
            {
                var extracted = LinkExtractor.Extract(document, url).Select(l => $"{l.Kind} {l.Target.AbsoluteUri}").ToList();
                dump.WriteLine(JsonSerializer.Serialize(new { url = url.AbsoluteUri, soft, links = extracted, kind = kind.ToString(), found }, dumpOptions));
            }
            continue;
        }
        Add("parse", parse);
        Add("soft-404", softSpent);
        Add("links", links);
        Add("page kind", kindSpent);
        foreach (var check in checks)
        {
            mark = clock.Elapsed;
            check.Check(context).ToList();
            Add(check.GetType().Name, clock.Elapsed - mark);
        }
        _ = soft;
    }
}

dump?.Dispose();
var total = stages.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
Console.WriteLine($"{"stage",-24} {"ms/page",8} {"share",6}");
foreach (var (stage, spent) in stages.OrderByDescending(s => s.Value))
    Console.WriteLine($"{stage,-24} {spent.TotalMilliseconds / passes / pages.Count,8:0.000} {spent / total,6:P0}");
Console.WriteLine($"{"total",-24} {total.TotalMilliseconds / passes / pages.Count,8:0.000}   ({megabytes * passes / total.TotalSeconds:0.0} MB/s)");
return 0;

/// <summary>CPU time of the calling thread (CLOCK_THREAD_CPUTIME_ID): the machine is shared, wall time would measure the load.</summary>
internal sealed partial class ThreadClock
{
    private readonly TimeSpan _start = Now();

    public TimeSpan Elapsed => Now() - _start;

    private static TimeSpan Now()
    {
        _ = ClockGetTime(3, out var spec);
        return TimeSpan.FromTicks(spec.Seconds * TimeSpan.TicksPerSecond + spec.Nanoseconds / 100);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec spec);
}
