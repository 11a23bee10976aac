namespace Pucha.Inspect.Tests;

/// <summary>A theory over the native inspector; skipped like <see cref="NativeInspectorFactAttribute"/>.</summary>
public sealed class NativeInspectorTheoryAttribute : TheoryAttribute
{
    public NativeInspectorTheoryAttribute()
    {
        if (NativeInspectorFactAttribute.Path is null)
            Skip = $"{NativeInspectorFactAttribute.Variable} 未指向原生检查程序 (not set: ./test.sh publishes src/Pucha.Inspect and sets it)";
    }
}
