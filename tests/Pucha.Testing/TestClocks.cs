using Microsoft.Extensions.Time.Testing;

namespace Pucha.Testing;

/// <summary>The tests' fake clock (<see cref="FakeTimeProvider"/>) set to a UTC instant.</summary>
public static class TestClocks
{
    public static FakeTimeProvider At(DateTime utc) => new(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeSpan.Zero));
}
