namespace Pucha.Inspect.Tests;

/// <summary>
/// A fact that runs the native inspector (`pucha-inspect`, Native AOT) named by PUCHA_TEST_NATIVE_INSPECT;
/// ./test.sh publishes it and sets the variable, so it is skipped only where the suite is run by hand.
/// </summary>
public sealed class NativeInspectorFactAttribute : FactAttribute
{
    public const string Variable = "PUCHA_TEST_NATIVE_INSPECT";

    public static string? Path => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path && File.Exists(path) ? path : null;

    public NativeInspectorFactAttribute()
    {
        if (Path is null)
            Skip = $"{Variable} 未指向原生检查程序 (not set: ./test.sh publishes src/Pucha.Inspect and sets it)";
    }
}
