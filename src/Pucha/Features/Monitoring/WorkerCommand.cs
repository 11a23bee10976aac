using System.CommandLine;
using Microsoft.Extensions.Options;
using Pucha.Data;
using Pucha.Mail;

namespace Pucha.Features.Monitoring;

/// <summary>
/// `pucha worker --db CONN`: a process with no web interface that runs the monitoring scheduler.
/// Start as many as needed against one PostgreSQL database; they share the jobs through Quartz's
/// clustered store. Settings come from the "Monitoring" configuration section (appsettings.json
/// beside the executable, or environment variables such as Monitoring__ProbesPerDay).
/// Stops cleanly on Ctrl+C / SIGTERM, letting the visits in progress finish.
/// </summary>
public static class WorkerCommand
{
    public const int ExitBadArguments = 2;

    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "数据库连接字符串（PostgreSQL 可多进程共享任务）(database connection string)", Required = true };
        var command = new Command("worker", "运行持续监测调度（无网页界面）(run the monitoring scheduler, no web UI)") { db };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var connectionString = parseResult.GetValue(db)!;
            IHost host;
            try
            {
                var builder = Host.CreateApplicationBuilder();
                // Every probe is two statements: EF's per-command information log would drown the worker's own.
                builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
                builder.Services.AddPuchaData(connectionString);
                builder.Services.AddPuchaMonitoring(builder.Configuration, connectionString);
                // Alert e-mails go through the outbox; a worker empties it too, so alerts go out with no `pucha serve` running.
                builder.Services.AddPuchaMail(builder.Configuration, connectionString);
                host = builder.Build();
            }
            catch (ArgumentException e)
            {
                await Console.Error.WriteLineAsync($"配置错误 (bad configuration): {e.Message}");
                return ExitBadArguments;
            }

            await PuchaDatabase.MigrateAsync(host.Services, cancellationToken);
            try
            {
                await host.RunAsync(cancellationToken);
            }
            catch (OptionsValidationException e)
            {
                await Console.Error.WriteLineAsync($"配置错误 (bad configuration): {e.Message}");
                return ExitBadArguments;
            }

            return 0;
        });
        return command;
    }
}
