using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using Pucha.Inspect;

namespace Pucha.Features.Inspect;

/// <summary>
/// Runs `pucha inspect …` as the native inspector (`pucha-inspect`, Native AOT, published beside
/// `pucha`) when it can: the same command without a JIT is about a quarter less CPU and a third less
/// wall time on a 5,000-page site (bench/RESULTS.md). It cannot score (--score: the indicator
/// tables live with the platform), drive Chromium (--render: Playwright needs reflection) or write xlsx
/// (OpenXml is not trim-safe), so those runs stay in this process, as do runs where the file is missing
/// or the CPU lacks x86-64-v3.
/// <c>PUCHA_INSPECT_NATIVE=0</c> keeps every run in-process; a path points at another build.
/// </summary>
internal static class NativeInspector
{
    public const string EnvironmentVariable = "PUCHA_INSPECT_NATIVE";
    public const string FileName = "pucha-inspect";

    // Arguments only this process can serve, and help (the native program would name itself).
    private static readonly string[] InProcessOnly = ["--score", "--render", "-h", "--help", "-?", "/?", "/h"];

    /// <summary>The native inspector to run for these command-line arguments, or null to inspect in-process.</summary>
    public static string? For(string[] args) =>
        For(args, Environment.GetEnvironmentVariable(EnvironmentVariable), AppContext.BaseDirectory);

    /// <param name="configured">The value of <see cref="EnvironmentVariable"/>.</param>
    /// <param name="directory">Where `pucha` is installed.</param>
    internal static string? For(string[] args, string? configured, string directory)
    {
        if (args.Length == 0 || args[0] != "inspect")
            return null;
        for (var i = 1; i < args.Length; i++)
        {
            var argument = args[i];
            foreach (var option in InProcessOnly)
            {
                if (argument == option || argument.StartsWith(option + "=", StringComparison.Ordinal) || argument.StartsWith(option + ":", StringComparison.Ordinal))
                    return null;
            }
            var format = argument == "--format" && i + 1 < args.Length ? args[i + 1]
                : argument.StartsWith("--format=", StringComparison.Ordinal) || argument.StartsWith("--format:", StringComparison.Ordinal) ? argument[9..]
                : null;
            if (string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase))
                return null;
        }

        if (configured == "0")
            return null;
        var path = string.IsNullOrEmpty(configured) ? Path.Combine(directory, FileName) : configured;
        return File.Exists(path) && CpuRunsIt() ? path : null;
    }

    /// <summary>Runs the native inspector with the arguments after `inspect`, sharing this console; its exit code.</summary>
    public static async Task<int> RunAsync(string path, string[] args)
    {
        var start = new ProcessStartInfo(path) { UseShellExecute = false };
        foreach (var argument in args.AsSpan(1))
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)
                            ?? throw new InvalidOperationException($"无法启动原生检查程序 {path}");
        // Ctrl+C reaches both processes from the terminal; a TERM sent to `pucha` alone must stop the child too.
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        });
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => context.Cancel = true);
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    /// <summary>The native build targets Linux x86-64-v3 (AVX2, BMI1/2, FMA, LZCNT, MOVBE).</summary>
    private static bool CpuRunsIt() =>
        OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64
        && Avx2.IsSupported && Bmi1.IsSupported && Bmi2.IsSupported && Fma.IsSupported && Lzcnt.IsSupported;
}
