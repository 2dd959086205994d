using OrleansTrading.Grains.Risk;

namespace OrleansTrading.UnitTests.Risk;

public sealed class DrawdownGuardTests
{
    [Fact]
    public void Trips_at_the_limit_from_the_peak_and_stays_tripped_until_reset()
    {
        var guard = new DrawdownGuard(10m);

        Assert.False(guard.Update(100_000m));
        Assert.False(guard.Update(120_000m));
        Assert.False(guard.Update(108_001m)); // 9.999% below the 120k peak
        Assert.True(guard.Update(108_000m));  // exactly 10%
        Assert.True(guard.Update(130_000m));  // a recovery does not re-arm it

        guard.Reset(95_000m);

        Assert.False(guard.IsTripped);
        Assert.Equal(95_000m, guard.Peak);
        Assert.False(guard.Update(90_000m)); // 5.3% below the new peak
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100.5)]
    public void Bad_limit_is_rejected_by_name(double percent) =>
        Assert.Equal("maxDrawdownPercent", Assert.Throws<ArgumentOutOfRangeException>(() => new DrawdownGuard((decimal)percent)).ParamName);
}
