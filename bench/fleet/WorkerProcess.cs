using System.Diagnostics;
using System.Globalization;

namespace Pucha.Bench.Fleet;

/// <summary>A `pucha worker` child process with its log in a file and its CPU time read from /proc.</summary>
public sealed class WorkerProcess : IDisposable
{
    private const double ClockTicksPerSecond = 100; // getconf CLK_TCK on Linux
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _gate = new();

    private WorkerProcess(Process process, StreamWriter log)
    {
        _process = process;
        _log = log;
    }

    public bool HasExited => _process.HasExited;

    public static WorkerProcess Start(string puchaDll, string connectionString, int probesPerDay, int concurrency, bool probesOnly, string logPath)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(puchaDll);
        info.ArgumentList.Add("worker");
        info.ArgumentList.Add("--db");
        info.ArgumentList.Add(connectionString);
        info.Environment["Monitoring__ProbesPerDay"] = probesPerDay.ToString(CultureInfo.InvariantCulture);
        info.Environment["Monitoring__AllowNetworks__0"] = "127.0.0.0/8";
        info.Environment["Monitoring__Resolve__0"] = "*" + FleetServer.HostSuffix + "=127.0.0.1";
        info.Environment["Monitoring__MaxConcurrentProbes"] = concurrency.ToString(CultureInfo.InvariantCulture);
        info.Environment["Logging__LogLevel__Quartz"] = "Warning";
        if (probesOnly)
        {
            info.Environment["Monitoring__WatchSweepSeconds"] = "3600";
            info.Environment["Inspection__CheckEveryMinutes"] = "1440";
        }
        info.Environment["Logging__Console__FormatterName"] = "simple";
        var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start dotnet");
        var worker = new WorkerProcess(process, new StreamWriter(logPath) { AutoFlush = true });
        process.OutputDataReceived += (_, e) => worker.Append(e.Data);
        process.ErrorDataReceived += (_, e) => worker.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>User + system CPU seconds of the process so far (fields 14 and 15 of /proc/PID/stat).</summary>
    public double CpuSeconds()
    {
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / ClockTicksPerSecond;
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_gate)
        {
            _log.WriteLine(line);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
        lock (_gate)
            _log.Dispose();
    }
}
