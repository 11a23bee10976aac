using System.Diagnostics;
using System.Text.Json.Nodes;
using Pucha.Inspection;
using Pucha.Inspection.Analysis.Lexicon;
using Pucha.Inspection.Reporting;
using Pucha.Inspection.Tests.Portal;
using Pucha.Inspection.Tests.Support;

namespace Pucha.Inspect.Tests;

/// <summary>
/// The native inspector is the same engine compiled ahead of time: on the county portal (every check,
/// every planted defect) it writes the report the engine writes in this process, byte for byte once
/// the clock readings are taken out; and it refuses what only `pucha inspect` can do.
/// </summary>
public sealed class NativeInspectorTests
{
    [NativeInspectorFact]
    public async Task The_native_report_of_the_county_portal_equals_the_in_process_report()
    {
        await using var portal = await CountyPortal.StartAsync();
        var dictionary = System.IO.Path.GetTempFileName();
        var output = System.IO.Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(dictionary, CountyPortal.Dictionary);
            var inProcess = await Inspector.RunAsync(TestInspection.Options(portal.Homepage, o => o with
            {
                Resolve = portal.Resolve,
                Lexicon = LexiconDictionary.Load(dictionary),
            }));

            List<string> arguments =
            [
                portal.Homepage.AbsoluteUri, "--as-of", TestInspection.AsOf.ToString("yyyy-MM-dd"), "--timeout", "5", "--concurrency", "4",
                "--dictionary", dictionary, "--format", "json", "--output", output,
            ];
            foreach (var network in TestInspection.Loopback)
                arguments.AddRange(["--allow-network", network.ToString()]);
            foreach (var (host, address) in portal.Resolve)
                arguments.AddRange(["--resolve", $"{host}={address}"]);
            var (exit, error) = await RunAsync(arguments);

            Assert.True(exit == 0, error);
            Assert.Contains("原生检查程序", error);
            var native = await File.ReadAllTextAsync(output);
            Assert.Equal(Comparable(JsonReportWriter.Write(inProcess.Report)), Comparable(native));
            Assert.Equal(portal.Expected.Count, JsonNode.Parse(native)!["findings"]!.AsArray().Count);
        }
        finally
        {
            File.Delete(dictionary);
            File.Delete(output);
        }
    }

    [NativeInspectorFact]
    public async Task An_unreachable_homepage_exits_3()
    {
        var (exit, error) = await RunAsync(["http://127.0.0.1:1/", "--allow-network", "127.0.0.0/8", "--format", "json", "--output", "/dev/null"]);

        Assert.Equal(3, exit);
        Assert.Contains("完成", error);
    }

    [NativeInspectorTheory]
    [InlineData("--score", "2019", "--score")]
    [InlineData("--render", null, "--render")]
    [InlineData("--format", "xlsx", "xlsx")]
    [InlineData("--max-pages", "0", "--max-pages")]
    public async Task What_only_pucha_inspect_does_and_bad_arguments_exit_2(string option, string? value, string named)
    {
        List<string> arguments = ["http://127.0.0.1:1/", option];
        if (value is not null)
            arguments.Add(value);

        var (exit, error) = await RunAsync(arguments);

        Assert.Equal(2, exit);
        Assert.Contains(named, error);
        Assert.Contains("用法", error);
    }

    /// <summary>The report without what differs between any two runs: start time, duration, the homepage's response time.</summary>
    private static string Comparable(string json)
    {
        var report = JsonNode.Parse(json)!.AsObject();
        report.Remove("startedAt");
        report["stats"]!.AsObject().Remove("seconds");
        report["homepage"]!.AsObject().Remove("elapsedMs");
        // A target's pages are listed in the order the crawl met them, which concurrency may vary.
        foreach (var finding in report["findings"]!.AsArray())
        {
            if (finding!["evidence"]?["foundOn"] is JsonArray foundOn)
            {
                var sorted = foundOn.Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal).ToArray();
                foundOn.Clear();
                foreach (var url in sorted)
                    foundOn.Add(url);
            }
        }
        return report.ToJsonString();
    }

    private static async Task<(int Exit, string Error)> RunAsync(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(NativeInspectorFactAttribute.Path!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        await output;
        return (process.ExitCode, await error);
    }
}
