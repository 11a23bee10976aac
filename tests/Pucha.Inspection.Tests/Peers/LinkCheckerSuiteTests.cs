using System.Text;
using Microsoft.AspNetCore.Http;
using Pucha.Inspection.Findings;
using Pucha.Inspection.Tests.Support;
using Xunit.Abstractions;

namespace Pucha.Inspection.Tests.Peers;

/// <summary>
/// LinkChecker's own checker test pages (tests/checker/data of linkchecker/linkchecker, prepared by
/// bench/linkchecker/prepare.sh into the folder PUCHA_TEST_LINKCHECKER names), served on loopback the
/// way LinkChecker's test server serves them (the data folder under /tests/checker/data/), each page
/// inspected as a homepage with LinkChecker's recursion level 1 (the page's links checked, not
/// followed further) and compared with its .result file.
/// In scope, as a site inspector's job: targets on the site (the served folder and its server), and
/// malformed addresses, which are errors of the page that holds them. Out of scope, and listed: other
/// hosts (the run is --no-external), schemes that are not addresses to fetch (mailto, javascript, dns,
/// clsid), anchors (the fragment is cut: the page is what is checked).
/// </summary>
public sealed class LinkCheckerSuiteTests(ITestOutputHelper output)
{
    private const string DataPath = "/tests/checker/data/";

    [LinkCheckerFact]
    public async Task Every_expected_broken_site_link_is_found_and_every_valid_target_requested()
    {
        var folder = LinkCheckerFactAttribute.Folder!;
        await using var server = await TestWebServer.StartAsync();
        Serve(server, folder);

        var cases = 0;
        var expectedBroken = new List<string>();
        var found = new List<string>();
        var missed = new List<string>();
        var falsePositives = new List<string>();
        var valid = new List<string>();
        var requested = new List<string>();
        var outOfScope = new List<string>();
        var crashes = new List<string>();
        foreach (var resultFile in Directory.GetFiles(folder, "*.result").Order(StringComparer.Ordinal))
        {
            var page = Path.GetFileName(resultFile)[..^".result".Length];
            if (!(page.EndsWith(".html", StringComparison.Ordinal) || page.EndsWith(".xhtml", StringComparison.Ordinal)) ||
                !File.Exists(Path.Combine(folder, page)))
                continue;
            cases++;
            var homepage = server.Url(DataPath + page);
            var before = server.Requests.Count;
            List<Finding> broken;
            try
            {
                var outcome = await Inspector.RunAsync(TestInspection.Options(homepage, o => o with
                {
                    Crawl = o.Crawl with { MaxDepth = RecursionLevel(page) - 1, NoExternal = true },
                    IgnoreRobots = true,
                }));
                broken = outcome.Report.Findings.Where(f => f.Check == CheckIds.BrokenLink).ToList();
            }
            catch (Exception e)
            {
                // Counted, not hidden: every entry of a page whose inspection threw is missed.
                crashes.Add($"{page}: {e.GetType().Name}: {e.Message}");
                broken = [];
            }
            var requests = server.Requests.Skip(before).Select(r => r[(r.IndexOf(' ') + 1)..]).ToHashSet(StringComparer.Ordinal);

            foreach (var entry in Expectations(File.ReadAllText(resultFile), server).Skip(1))
            {
                var label = $"{page}: {entry.Reference} → {entry.RealUrl}";
                if (entry.Scope is { } reason)
                {
                    outOfScope.Add($"{label}（{reason}）");
                    continue;
                }
                var reported = broken.Any(f => Reports(f, entry));
                if (entry.Error)
                {
                    expectedBroken.Add(label);
                    (reported ? found : missed).Add(label);
                    continue;
                }
                valid.Add(label);
                if (reported)
                    falsePositives.Add(label);
                var target = new Uri(entry.RealUrl);
                if (requests.Contains(Uri.UnescapeDataString(target.AbsolutePath) + target.Query) ||
                    requests.Contains(target.AbsolutePath + target.Query))
                    requested.Add(label);
            }
        }

        var summary = $"cases {cases}, expected broken {expectedBroken.Count}, found {found.Count}, missed {missed.Count}, " +
                      $"false positives {falsePositives.Count}, valid targets requested {requested.Count}/{valid.Count}, out of scope {outOfScope.Count}, inspections that threw {crashes.Count}";
        output.WriteLine(summary);
        foreach (var line in crashes)
            output.WriteLine("threw: " + line);
        foreach (var line in missed)
            output.WriteLine("missed: " + line);
        foreach (var line in falsePositives)
            output.WriteLine("false positive: " + line);
        foreach (var line in valid.Except(requested))
            output.WriteLine("not requested: " + line);
        foreach (var line in outOfScope)
            output.WriteLine("out of scope: " + line);

        Assert.True(crashes.Count == 0 && missed.Count == 0 && falsePositives.Count == 0 && requested.Count == valid.Count,
            summary + "\n" + string.Join("\n", crashes.Select(c => "threw: " + c).Concat(missed.Select(m => "missed: " + m).Concat(falsePositives.Select(f => "false positive: " + f))
                .Concat(valid.Except(requested).Select(v => "not requested: " + v)))));
    }

    /// <summary>LinkChecker's recursion level per test (its test_anchor.py runs anchor1.html at 4, the others at 1).</summary>
    private static int RecursionLevel(string page) => page == "anchor1.html" ? 4 : 1;

    /// <summary>A broken-link finding names the entry: by its resolved target, or by the reference as written.</summary>
    private static bool Reports(Finding finding, Expectation entry)
    {
        var target = finding.Evidence.GetValueOrDefault("target") as string;
        var reference = finding.Evidence.GetValueOrDefault("reference") as string;
        return (target is not null && entry.RealUrl.Length > 0 && Same(target, entry.RealUrl)) ||
               (reference is not null && reference.Trim() == entry.Reference.Trim());
    }

    private static bool Same(string a, string b) =>
        Uri.TryCreate(a, UriKind.Absolute, out var x) && Uri.TryCreate(b, UriKind.Absolute, out var y) &&
        string.Equals(Uri.UnescapeDataString(x.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped)),
            Uri.UnescapeDataString(y.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped)), StringComparison.OrdinalIgnoreCase);

    private sealed record Expectation(string Reference, string RealUrl, bool Error, string? Scope);

    /// <summary>The .result blocks (url, real url, valid/error), with LinkChecker's placeholders put to this server.</summary>
    private static IEnumerable<Expectation> Expectations(string text, TestWebServer server)
    {
        var origin = server.BaseUrl.GetLeftPart(UriPartial.Authority);
        string Fill(string s) => s
            .Replace("file://%(curdir)s/%(datadir)s/", origin + DataPath, StringComparison.Ordinal)
            .Replace("http://localhost:%(port)d/%(datadir)s/", origin + DataPath, StringComparison.Ordinal)
            .Replace("http://localhost:%(port)d/", origin + "/", StringComparison.Ordinal)
            .Replace("%(datadir)s", DataPath.Trim('/'), StringComparison.Ordinal)
            .Replace("%%", "%", StringComparison.Ordinal);
        foreach (var block in text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = block.Split('\n');
            var reference = lines.FirstOrDefault(l => l.StartsWith("url ", StringComparison.Ordinal))?[4..];
            if (reference is null)
                continue;
            var realLine = lines.FirstOrDefault(l => l.StartsWith("real url", StringComparison.Ordinal));
            var real = realLine is null ? "" : Fill(realLine.Length > 9 ? realLine[9..] : "");
            var error = lines.Any(l => l == "error");
            yield return new Expectation(Fill(reference), CutFragment(real), error, ScopeOf(real, origin));
        }
    }

    private static string CutFragment(string url) => url.IndexOf('#') is >= 0 and var hash ? url[..hash] : url;

    /// <summary>Why an entry is not a site inspector's to judge; null when it is.</summary>
    private static string? ScopeOf(string real, string origin)
    {
        if (real.StartsWith(origin + "/", StringComparison.Ordinal))
            return null;
        if (real.Length == 0 || !Uri.TryCreate(real, UriKind.Absolute, out var url))
            return null; // malformed: an error of the page that holds it
        if (url.Scheme is "http" or "https")
            return url.Host.Length == 0 || url.Host.StartsWith('.') ? null : "其他网站（--no-external）";
        return url.Scheme == "file" ? null : $"非网址协议（{url.Scheme}）";
    }

    /// <summary>Every file of the data folder under /tests/checker/data/; "/" answers like a directory listing.</summary>
    private static void Serve(TestWebServer server, string folder)
    {
        server.Html("/", "<html><body>目录</body></html>");
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
            var bytes = File.ReadAllBytes(file);
            server.Handle(DataPath + relative, async context =>
            {
                context.Response.ContentType = ContentType(relative);
                context.Response.ContentLength = bytes.Length;
                if (!HttpMethods.IsHead(context.Request.Method))
                    await context.Response.Body.WriteAsync(bytes);
            });
        }
    }

    private static string ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" => "text/html",
        ".xhtml" => "application/xhtml+xml",
        ".css" => "text/css",
        ".txt" or ".asc" or ".markdown" => "text/plain",
        ".pdf" => "application/pdf",
        ".ico" => "image/x-icon",
        _ => "application/octet-stream",
    };
}

/// <summary>Skips when PUCHA_TEST_LINKCHECKER does not name LinkChecker's prepared tests/checker/data folder.</summary>
public sealed class LinkCheckerFactAttribute : FactAttribute
{
    public static readonly string? Folder =
        Environment.GetEnvironmentVariable("PUCHA_TEST_LINKCHECKER") is { Length: > 0 } path && Directory.Exists(path) ? path : null;

    public LinkCheckerFactAttribute()
    {
        if (Folder is null)
            Skip = "LinkChecker test pages absent: set PUCHA_TEST_LINKCHECKER (see bench/linkchecker/prepare.sh)";
    }
}
