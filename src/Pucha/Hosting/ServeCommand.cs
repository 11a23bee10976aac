using System.CommandLine;
using Microsoft.Extensions.Options;

namespace Pucha.Hosting;

/// <summary>`pucha serve` (also `pucha` alone): runs the web platform until Ctrl+C.</summary>
public static class ServeCommand
{
    private static readonly Option<string> UrlsOption = new("--urls")
    {
        Description = "监听地址（以 ';' 分隔）",
        DefaultValueFactory = _ => PlatformOptions.DefaultUrls,
    };

    private static readonly Option<string?> DatabaseOption = new("--db")
    {
        Description = "数据库：PostgreSQL 连接字符串（Host=…;Database=…;Username=…）或 SQLite 文件路径；默认读取环境变量 PUCHA_DB，再默认 ./data/pucha.db",
    };

    private static readonly Option<bool> NoMonitoringOption = new("--no-monitoring")
    {
        Description = "本进程不运行网站监测（可用性访问由 pucha worker 进程运行；多台 Web 服务器时只需一处运行监测）",
    };

    public static Command Create()
    {
        var command = new Command("serve", "运行政府网站普查与监管平台（Web）");
        AddOptionsTo(command);
        command.SetAction(RunAsync);
        return command;
    }

    /// <summary>The root command serves too, with the same options.</summary>
    public static void AddOptionsTo(Command command)
    {
        command.Options.Add(UrlsOption);
        command.Options.Add(DatabaseOption);
        command.Options.Add(NoMonitoringOption);
    }

    public static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellation)
    {
        var options = new PlatformOptions
        {
            Urls = parse.GetValue(UrlsOption) ?? PlatformOptions.DefaultUrls,
            ConnectionString = PlatformOptions.ConnectionStringFrom(
                parse.GetValue(DatabaseOption) ?? Environment.GetEnvironmentVariable(PlatformOptions.DatabaseVariable)),
            AdminPassword = Environment.GetEnvironmentVariable(PlatformOptions.AdminPasswordVariable) is { Length: > 0 } password ? password : null,
            Monitoring = !parse.GetValue(NoMonitoringOption),
        };

        WebApplication app;
        try
        {
            app = PlatformHost.Build(options);
        }
        catch (Exception error) when (error is ArgumentException or OptionsValidationException)
        {
            await Console.Error.WriteLineAsync($"启动失败：{error.Message}");
            return 2;
        }

        await using (app)
        {
            try
            {
                await app.StartAsync(cancellation);
            }
            catch (PlatformStartupException error)
            {
                await Console.Error.WriteLineAsync($"启动失败：{error.Message}");
                return 1;
            }
            catch (OptionsValidationException error)
            {
                await Console.Error.WriteLineAsync($"启动失败：{error.Message}");
                return 2;
            }

            Console.WriteLine($"政府网站普查与监管平台已启动：{string.Join(", ", app.Urls)}");
            await app.WaitForShutdownAsync(cancellation);
        }

        return 0;
    }
}
