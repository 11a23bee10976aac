using System.CommandLine;
using Pucha.Inspection;
using Pucha.Inspection.Crawling;
using Pucha.Inspection.Reporting;

namespace Pucha.Inspect;

/// <summary>
/// `pucha inspect URL`: inspects one government website (系统扫描) and writes the report.
/// Exit codes: 0 inspection completed (whatever it found), 2 bad arguments, 3 homepage unreachable.
/// The same definition serves `pucha inspect` (with --score and --render) and the native inspector.
/// </summary>
public static class InspectCommandLine
{
    public const int ExitCompleted = 0;
    public const int ExitBadArguments = 2;
    public const int ExitHomepageUnreachable = 3;

    private const string Description = "检查一个政府网站：可用性、链接、更新、标识、元数据等 (inspect one government website)";

    /// <summary>The `inspect` subcommand of `pucha`, scoring with the platform's indicator tables.</summary>
    public static Command Create(IInspectPlatform platform)
    {
        var command = new Command("inspect", Description);
        Configure(command, platform, engine: null);
        return command;
    }

    /// <summary>The native inspector's root command: the same arguments, without --score and --render.</summary>
    public static RootCommand CreateNative()
    {
        var root = new RootCommand(Description);
        Configure(root, platform: null, engine: "原生检查程序");
        return root;
    }

    private static void Configure(Command command, IInspectPlatform? platform, string? engine)
    {
        // Values are read as text and validated by InspectArguments, so every bad argument gets the
        // same clear message and exit code 2 rather than the parser's generic error.
        var url = new Argument<string?>("URL") { Description = "首页网址 (homepage URL)", Arity = ArgumentArity.ZeroOrOne };
        var asOf = Text("--as-of", "监测时间点 YYYY-MM-DD，默认今天 (monitoring date, default today)");
        var maxPages = Text("--max-pages", "最多检查的页面数 (max HTML pages)");
        var maxDepth = Text("--max-depth", "最大链接深度，首页为0 (max link depth)");
        var concurrency = Text("--concurrency", "并发请求数 (requests in flight)");
        var columns = Text("--columns", "栏目表 JSON 文件 (column table, JSON; see docs/report-format.md)");
        var dictionary = Texts("--dictionary", "错敏词词库文件，可多次指定 (lexicon dictionary file, repeatable)");
        var noExternal = new Option<bool>("--no-external") { Description = "外部链接只记录不访问 (record external links without fetching)" };
        var render = new Option<bool>("--render") { Description = "用 Chromium 渲染首页等页面 (render chosen pages in Chromium)" };
        var resolve = Texts("--resolve", "HOST=IP：本次检查把域名解析到指定地址，可多次指定 (map a host to an address)");
        var allowNetwork = Texts("--allow-network", "允许访问的内网网段 CIDR，可多次指定 (allow a private range)");
        var format = Text("--format", "table | json | xlsx（默认 table）");
        var output = Text("--output", "报告文件，默认标准输出 (report file, default stdout)");
        var timeout = Text("--timeout", "单次访问超时秒数，默认15 (seconds per visit, default 15)");
        var ignoreRobots = new Option<bool>("--ignore-robots") { Description = "不遵守 robots.txt (ignore robots.txt)" };
        var score = Text("--score", "按指标体系评分：2015 | 2019 | 指标文件 .json (score against an indicator set)");

        command.Arguments.Add(url);
        foreach (var option in new Option[] { asOf, maxPages, maxDepth, concurrency, columns, dictionary, noExternal, render, resolve,
                     allowNetwork, format, output, timeout, ignoreRobots, score })
            command.Options.Add(option);
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var unmatched = parseResult.UnmatchedTokens;
            if (unmatched.Count > 0)
                return BadArguments($"无法识别的参数 (unrecognized arguments): {string.Join(' ', unmatched)}");

            InspectArguments arguments;
            try
            {
                arguments = InspectArguments.Parse(new RawInspectArguments(
                    parseResult.GetValue(url), parseResult.GetValue(asOf), parseResult.GetValue(maxPages),
                    parseResult.GetValue(maxDepth), parseResult.GetValue(concurrency), parseResult.GetValue(columns),
                    parseResult.GetValue(dictionary) ?? [], parseResult.GetValue(noExternal), parseResult.GetValue(render),
                    parseResult.GetValue(resolve) ?? [], parseResult.GetValue(allowNetwork) ?? [],
                    parseResult.GetValue(format), parseResult.GetValue(output), parseResult.GetValue(timeout),
                    parseResult.GetValue(ignoreRobots), parseResult.GetValue(score)), DateOnly.FromDateTime(DateTime.Now), platform);
            }
            catch (ArgumentException e)
            {
                return BadArguments(e.Message);
            }
            return await RunAsync(arguments, platform, engine, cancellationToken);
        });
    }

    private static async Task<int> RunAsync(InspectArguments arguments, IInspectPlatform? platform, string? engine, CancellationToken cancellationToken)
    {
        if (arguments.Format == ReportFormat.Xlsx && arguments.OutputPath is null && !Console.IsOutputRedirected)
            return BadArguments("xlsx 报告需要 --output 文件 (xlsx needs --output FILE)");

        var progress = new CrawlProgress();
        var inspection = Inspector.RunAsync(arguments.Options, progress, cancellationToken);
        var outcome = await InspectProgressDisplay.ShowAsync(inspection, progress, arguments.Options.Url, engine);

        var scored = arguments.Scorer?.Invoke(outcome.Report, arguments.Options.AsOf);
        if (scored is not null)
            outcome.Report.Score = scored.Json;
        await WriteReportAsync(outcome.Report, scored, arguments, platform, cancellationToken);
        return outcome.HomepageReached ? ExitCompleted : ExitHomepageUnreachable;
    }

    private static async Task WriteReportAsync(InspectionReport report, ScoredInspection? scored, InspectArguments arguments,
        IInspectPlatform? platform, CancellationToken cancellationToken)
    {
        await using var output = arguments.OutputPath is { } path
            ? new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None)
            : Console.OpenStandardOutput();
        switch (arguments.Format)
        {
            case ReportFormat.Json:
                await JsonReportWriter.WriteAsync(report, output, cancellationToken);
                await output.WriteAsync("\n"u8.ToArray(), cancellationToken);
                break;
            case ReportFormat.Xlsx:
                using (var buffer = new MemoryStream())
                {
                    // OpenXml needs a seekable stream; stdout is not. With --score the workbook is the
                    // score sheet shaped like the official table (its 存在的问题 column lists the evidence).
                    if (scored is not null)
                        scored.WriteWorkbook(buffer);
                    else
                        platform!.WriteWorkbook(report, buffer); // InspectArguments refuses xlsx without a platform
                    buffer.Position = 0;
                    await buffer.CopyToAsync(output, cancellationToken);
                }
                break;
            default:
                var table = TableReportWriter.Write(report);
                if (scored is not null)
                    table += Environment.NewLine + scored.Text;
                var text = System.Text.Encoding.UTF8.GetBytes(table);
                await output.WriteAsync(text, cancellationToken);
                break;
        }
        await output.FlushAsync(cancellationToken);
    }

    private static int BadArguments(string message)
    {
        Console.Error.WriteLine($"错误 (error): {message}");
        Console.Error.WriteLine("用法 (usage): pucha inspect URL [--as-of YYYY-MM-DD] [--max-pages N] [--max-depth D] [--concurrency C] " +
                                "[--columns FILE] [--dictionary FILE]... [--no-external] [--render] [--resolve HOST=IP]... " +
                                "[--allow-network CIDR]... [--format table|json|xlsx] [--output FILE] [--timeout SECONDS] [--ignore-robots] [--score 2015|2019|FILE]");
        return ExitBadArguments;
    }

    private static Option<string?> Text(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.ZeroOrOne };

    private static Option<string[]> Texts(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.ZeroOrMore, AllowMultipleArgumentsPerToken = false };
}
