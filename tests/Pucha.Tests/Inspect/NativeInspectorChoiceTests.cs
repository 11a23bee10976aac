using System.Runtime.Intrinsics.X86;
using Pucha.Features.Inspect;
using Pucha.Inspect;

namespace Pucha.Tests.Inspect;

/// <summary>When `pucha` hands a run to the native inspector installed beside it, and when it keeps the run.</summary>
public sealed class NativeInspectorChoiceTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pucha-native-").FullName;

    private string Installed => Path.Combine(_directory, NativeInspector.FileName);

    public NativeInspectorChoiceTests() => File.WriteAllText(Installed, "");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void A_plain_inspection_goes_to_the_native_inspector_beside_pucha_on_a_cpu_that_runs_it()
    {
        var chosen = NativeInspector.For(["inspect", "http://www.mouxian.gov.cn/", "--format", "json", "--max-pages", "10"], null, _directory);

        // The native build targets x86-64-v3; on an older CPU the run stays in-process.
        Assert.Equal(Avx2.IsSupported && Bmi2.IsSupported && Fma.IsSupported ? Installed : null, chosen);
    }

    [Theory]
    [InlineData("inspect", "http://a.gov.cn/", "--score", "2019")]
    [InlineData("inspect", "http://a.gov.cn/", "--score=2015")]
    [InlineData("inspect", "http://a.gov.cn/", "--render")]
    [InlineData("inspect", "http://a.gov.cn/", "--format", "xlsx")]
    [InlineData("inspect", "http://a.gov.cn/", "--format:XLSX")]
    [InlineData("inspect", "--help")]
    [InlineData("serve")]
    [InlineData("worker", "inspect")]
    public void Score_render_xlsx_help_and_other_commands_stay_in_process(params string[] args) =>
        Assert.Null(NativeInspector.For(args, null, _directory));

    [Fact]
    public void The_environment_variable_turns_it_off_or_points_at_another_build()
    {
        string[] args = ["inspect", "http://a.gov.cn/"];

        Assert.Null(NativeInspector.For(args, "0", _directory));
        Assert.Null(NativeInspector.For(args, null, Path.Combine(_directory, "elsewhere")));
        Assert.Null(NativeInspector.For(args, Path.Combine(_directory, "missing"), _directory));
        if (Avx2.IsSupported && Bmi2.IsSupported && Fma.IsSupported)
            Assert.Equal(Installed, NativeInspector.For(args, Installed, "/nonexistent"));
    }
}
