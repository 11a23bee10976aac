using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Pucha.Tests.Census;

/// <summary>
/// A real SMTP server for tests: aiosmtpd run by $PUCHA_TEST_PYTHON as a child process on a free
/// loopback port, storing what it receives in a Maildir. Optional STARTTLS with a given certificate.
/// </summary>
internal sealed class SmtpTestServer : IDisposable
{
    public const string PythonVariable = "PUCHA_TEST_PYTHON";

    private Process? _process;

    private SmtpTestServer(int port, string maildir)
    {
        Port = port;
        Maildir = maildir;
    }

    public int Port { get; }

    public string Maildir { get; }

    public static string? SkipReason => Environment.GetEnvironmentVariable(PythonVariable) is { Length: > 0 }
        ? null
        : $"SMTP tests need {PythonVariable} (a python3 with aiosmtpd; ./test.sh sets it).";

    /// <summary>A server on a port chosen now but not started yet (to test a server that is down).</summary>
    public static SmtpTestServer Prepare()
    {
        // aiosmtpd's Mailbox creates the Maildir (tmp/new/cur) only when the folder does not exist yet.
        var maildir = Path.Combine(Path.GetTempPath(), "pucha-smtp-" + Guid.NewGuid().ToString("N"));
        return new SmtpTestServer(FreePort(), maildir);
    }

    public static SmtpTestServer Start(string? certificatePem = null, string? keyPem = null)
    {
        var server = Prepare();
        server.Run(certificatePem, keyPem);
        return server;
    }

    public void Run(string? certificatePem = null, string? keyPem = null)
    {
        var python = Environment.GetEnvironmentVariable(PythonVariable)!;
        var start = new ProcessStartInfo(python) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}" })
        {
            start.ArgumentList.Add(argument);
        }

        if (certificatePem is not null && keyPem is not null)
        {
            start.ArgumentList.Add("--tlscert");
            start.ArgumentList.Add(certificatePem);
            start.ArgumentList.Add("--tlskey");
            start.ArgumentList.Add(keyPem);
        }

        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("aiosmtpd.handlers.Mailbox");
        start.ArgumentList.Add(Maildir);
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"aiosmtpd exited with {_process.ExitCode}");
            }

            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }

        throw new TimeoutException("aiosmtpd did not start listening within 20 s");
    }

    /// <summary>The messages received so far, as raw text.</summary>
    public IReadOnlyList<string> Messages()
    {
        var folder = Path.Combine(Maildir, "new");
        return Directory.Exists(folder) ? Directory.GetFiles(folder).Select(File.ReadAllText).ToList() : [];
    }

    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process?.Dispose();
        _process = null;
    }

    public void Dispose()
    {
        Stop();
        try
        {
            Directory.Delete(Maildir, recursive: true);
        }
        catch (Exception e) when (e is IOException or DirectoryNotFoundException)
        {
            // never created, or left for the OS to clean
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
