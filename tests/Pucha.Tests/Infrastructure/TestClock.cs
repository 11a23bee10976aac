namespace Pucha.Tests.Infrastructure;

/// <summary>A clock the tests move forward (lockout release) instead of waiting.</summary>
/// <remarks>
/// The running web host gets this clock, not a <c>FakeTimeProvider</c>: its timers, Quartz and
/// Kestrel need time that passes by itself, so this is real time plus an offset the test adds to.
/// Unit tests without a host use <c>TestClocks.At</c>.
/// </remarks>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
