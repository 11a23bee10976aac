namespace Pucha.Tests.Census;

/// <summary>A clock the test moves by hand, to reach a retry time without waiting for it.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
