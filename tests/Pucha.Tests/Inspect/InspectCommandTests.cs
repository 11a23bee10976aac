using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.Inspect;

/// <summary>`pucha inspect` run as a real process against a site on loopback: exit codes 0, 2 and 3.</summary>
public sealed class InspectCommandTests : IAsyncLifetime
{
    private WebApplication? _site;
    private string _url = "";

    public async Task InitializeAsync()
    {
        _site = LoopbackApp.Create();
        _site.MapGet("/", () => Results.Content(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>某某县人民政府</title></head><body><a href=\"/gone.html\">失效链接</a></body></html>",
            "text/html; charset=utf-8"));
        _site.MapGet("/down/", () => Results.StatusCode(503));
        _url = await LoopbackApp.StartAsync(_site) + "/";
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
            await _site.DisposeAsync();
    }

    private static Task<(int Exit, string Out, string Error)> PuchaAsync(params string[] arguments) => PuchaWithNativeAsync(null, arguments);

    /// <param name="nativeInspector">PUCHA_INSPECT_NATIVE for the run: the native inspector pucha may hand the run to.</param>
    private static async Task<(int Exit, string Out, string Error)> PuchaWithNativeAsync(string? nativeInspector, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PUCHA_INSPECT_NATIVE"] = nativeInspector ?? "0";
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pucha.dll"));
        start.ArgumentList.Add("inspect");
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task A_completed_inspection_exits_0_with_the_json_report()
    {
        var report = Path.Combine(Path.GetTempPath(), $"pucha-inspect-{Guid.NewGuid():N}.json");
        try
        {
            var (exit, _, error) = await PuchaAsync(_url, "--allow-network", "127.0.0.0/8", "--as-of", "2024-06-15", "--format", "json", "--output", report);

            Assert.True(exit == 0, error);
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
            Assert.Equal(_url, json.RootElement.GetProperty("site").GetProperty("url").GetString());
            Assert.Equal("2024-06-15", json.RootElement.GetProperty("asOf").GetString());
            Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(),
                f => f.GetProperty("check").GetString() == "broken-link" && f.GetProperty("url").GetString() == _url + "gone.html");
            Assert.Contains("完成", error);
        }
        finally
        {
            File.Delete(report);
        }
    }

    [Fact]
    public async Task Score_2019_puts_the_score_sheet_in_the_json_report()
    {
        var report = Path.Combine(Path.GetTempPath(), $"pucha-inspect-{Guid.NewGuid():N}.json");
        try
        {
            var (exit, _, error) = await PuchaAsync(_url, "--allow-network", "127.0.0.0/8", "--as-of", "2024-06-15",
                "--format", "json", "--output", report, "--score", "2019");

            Assert.True(exit == 0, error);
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
            var score = json.RootElement.GetProperty("score");
            Assert.Equal("website-2019", score.GetProperty("indicatorSet").GetString());
            Assert.Equal("2024-06-15", score.GetProperty("asOf").GetString());
            // The homepage has no dated items at all: 首页不更新 is a veto, so nothing else is scored.
            Assert.False(score.GetProperty("qualified").GetBoolean());
            Assert.Contains(score.GetProperty("vetoes").EnumerateArray(), v => v.GetProperty("id").GetString() == "homepage-not-updated");
            Assert.True(score.GetProperty("items").GetArrayLength() > 0);
        }
        finally
        {
            File.Delete(report);
        }
    }

    [NativeInspectorFact]
    public async Task With_the_native_inspector_installed_pucha_inspect_runs_it_and_passes_its_exit_code_on()
    {
        var report = Path.Combine(Path.GetTempPath(), $"pucha-inspect-{Guid.NewGuid():N}.json");
        try
        {
            var (exit, _, error) = await PuchaWithNativeAsync(NativeInspectorFactAttribute.Path, _url, "--allow-network", "127.0.0.0/8", "--as-of", "2024-06-15",
                "--format", "json", "--output", report);

            Assert.True(exit == 0, error);
            Assert.Contains("原生检查程序", error);
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
            Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(),
                f => f.GetProperty("check").GetString() == "broken-link" && f.GetProperty("url").GetString() == _url + "gone.html");

            var (unreachable, _, unreachableError) = await PuchaWithNativeAsync(NativeInspectorFactAttribute.Path, "http://127.0.0.1:1/", "--allow-network", "127.0.0.0/8");
            Assert.Equal(3, unreachable);
            Assert.Contains("原生检查程序", unreachableError);

            var (bad, _, badError) = await PuchaWithNativeAsync(NativeInspectorFactAttribute.Path, _url, "--max-pages", "abc");
            Assert.Equal(2, bad);
            Assert.Contains("--max-pages", badError);
        }
        finally
        {
            File.Delete(report);
        }
    }

    [NativeInspectorTheory]
    [InlineData("--score", "2019")]
    [InlineData("--score=2019")]
    [InlineData("--format", "xlsx")]
    [InlineData("--format=XLSX")]
    public async Task Score_and_xlsx_stay_in_process_though_the_native_inspector_is_installed(params string[] options)
    {
        var report = Path.Combine(Path.GetTempPath(), $"pucha-inspect-{Guid.NewGuid():N}.out");
        try
        {
            var (exit, _, error) = await PuchaWithNativeAsync(NativeInspectorFactAttribute.Path,
                [_url, "--allow-network", "127.0.0.0/8", "--max-pages", "5", "--output", report, .. options]);

            Assert.True(exit == 0, error);
            Assert.DoesNotContain("原生检查程序", error);
            Assert.True(new FileInfo(report).Length > 0);
        }
        finally
        {
            File.Delete(report);
        }
    }

    [Fact]
    public async Task Score_2015_appends_the_score_sheet_to_the_table()
    {
        var (exit, output, error) = await PuchaAsync(_url, "--allow-network", "127.0.0.0/8", "--max-pages", "5", "--score", "2015");
        Assert.True(exit == 0, error);
        Assert.Contains("网站检查报告", output);
        Assert.Contains("一级指标", output);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_table_report_goes_to_stdout()
    {
        var (exit, output, _) = await PuchaAsync(_url, "--allow-network", "127.0.0.0/8", "--max-pages", "5");
        Assert.Equal(0, exit);
        Assert.Contains("网站检查报告", output);
        Assert.Contains("【链接可用性】", output);
    }

    [Fact]
    public async Task An_xlsx_report_is_written_to_the_output_file()
    {
        var report = Path.Combine(Path.GetTempPath(), $"pucha-inspect-{Guid.NewGuid():N}.xlsx");
        try
        {
            var (exit, _, error) = await PuchaAsync(_url, "--allow-network", "127.0.0.0/8", "--format", "xlsx", "--output", report);
            Assert.True(exit == 0, error);
            var bytes = await File.ReadAllBytesAsync(report);
            Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        }
        finally
        {
            File.Delete(report);
        }
    }

    [Theory]
    [InlineData("--max-pages", "abc")]
    [InlineData("--max-pages", "0")]
    [InlineData("--as-of", "2024-13-01")]
    [InlineData("--allow-network", "10.0.0.0/99")]
    [InlineData("--resolve", "www.mouxian.gov.cn")]
    [InlineData("--format", "pdf")]
    [InlineData("--timeout", "-1")]
    [InlineData("--columns", "/nonexistent/columns.json")]
    [InlineData("--dictionary", "/nonexistent/words.txt")]
    [InlineData("--no-such-option", "x")]
    [InlineData("--score", "1999")]
    [InlineData("--score", "/nonexistent/set.json")]
    public async Task Bad_arguments_exit_2_with_a_clear_message(string option, string value)
    {
        var (exit, output, error) = await PuchaAsync(_url, option, value);
        Assert.Equal(2, exit);
        Assert.Contains("错误 (error)", error);
        Assert.Equal("", output);
    }

    [Theory]
    [InlineData]
    [InlineData("ftp://www.mouxian.gov.cn/")]
    public async Task A_missing_or_invalid_url_exits_2(params string[] arguments)
    {
        var (exit, _, error) = await PuchaAsync(arguments);
        Assert.Equal(2, exit);
        Assert.Contains("网址", error);
    }

    [Fact]
    public async Task An_unreachable_homepage_exits_3_with_the_reason()
    {
        var (exit, output, _) = await PuchaAsync(_url + "down/", "--allow-network", "127.0.0.0/8");
        Assert.Equal(3, exit);
        Assert.Contains("首页无法访问", output);
        Assert.Contains("HTTP 503", output);
    }

    [Fact]
    public async Task A_loopback_site_without_allow_network_is_refused_and_exits_3()
    {
        var (exit, output, _) = await PuchaAsync(_url, "--format", "json");
        Assert.Equal(3, exit);
        Assert.Contains("不允许访问内网地址", output);
    }

    [Fact]
    public async Task A_gov_cn_name_resolved_to_loopback_is_inspected_when_allowed()
    {
        var port = new Uri(_url).Port;
        var (exit, output, error) = await PuchaAsync($"http://www.mouxian.gov.cn:{port}/", "--resolve", "www.mouxian.gov.cn=127.0.0.1",
            "--allow-network", "127.0.0.0/8", "--format", "json");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("homepage").GetProperty("ok").GetBoolean());
    }
}
