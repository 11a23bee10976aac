namespace Pucha.Tests.Inspect;

/// <summary>A theory over runs with the native inspector installed; skipped like <see cref="NativeInspectorFactAttribute"/>.</summary>
public sealed class NativeInspectorTheoryAttribute : TheoryAttribute
{
    public NativeInspectorTheoryAttribute()
    {
        if (NativeInspectorFactAttribute.Path is null)
            Skip = NativeInspectorFactAttribute.SkipReason;
    }
}
