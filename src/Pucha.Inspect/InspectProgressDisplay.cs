using System.Diagnostics;
using Pucha.Inspection;
using Pucha.Inspection.Crawling;
using Spectre.Console;

namespace Pucha.Inspect;

/// <summary>
/// Progress on stderr while an inspection runs: a live status line on a terminal, plain lines every
/// few seconds when stderr is redirected (logs, CI). stdout stays reserved for the report.
/// </summary>
internal static class InspectProgressDisplay
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    /// <param name="engine">Named on the first line when not the in-process engine (the native inspector).</param>
    public static async Task<InspectionOutcome> ShowAsync(Task<InspectionOutcome> inspection, CrawlProgress progress, Uri url, string? engine)
    {
        var clock = Stopwatch.StartNew();
        if (Console.IsErrorRedirected)
        {
            Console.Error.WriteLine(engine is null ? $"检查 {url} …" : $"检查 {url} …（{engine}）");
            while (await Task.WhenAny(inspection, Task.Delay(PlainInterval)) != inspection)
                Console.Error.WriteLine(Line(progress, clock.Elapsed));
        }
        else
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            var title = engine is null ? $"检查 {url.AbsoluteUri} …" : $"检查 {url.AbsoluteUri} …（{engine}）";
            await console.Status().StartAsync(Markup.Escape(title), async status =>
            {
                while (await Task.WhenAny(inspection, Task.Delay(250)) != inspection)
                    status.Status(Markup.Escape(Line(progress, clock.Elapsed)));
            });
        }

        var outcome = await inspection;
        Console.Error.WriteLine($"完成：{Line(progress, clock.Elapsed)}");
        return outcome;
    }

    private static string Line(CrawlProgress progress, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        return $"页面 {progress.Pages} · 链接 {progress.Links}（已检查 {progress.Checked}）· 错误 {progress.Errors} · " +
               $"{progress.Checked / seconds:0.0} 次/秒 · {elapsed.TotalSeconds:0.0} 秒";
    }
}
