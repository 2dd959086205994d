using OrleansTrading.Grains.MarketData.Feeds;

namespace OrleansTrading.UnitTests.MarketData.Feeds;

public sealed class BarClockTests
{
    private static readonly DateTimeOffset Origin = DateTimeOffset.UnixEpoch;
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Theory]
    [InlineData(10.0, null, 100, -90, 100)]  // the grid runs back before the origin: the newest 100 end with bar 9
    [InlineData(10.5, null, 100, -90, 100)]  // bar 10 still forming
    [InlineData(10.0, null, 3, 7, 3)]        // newest three
    [InlineData(10.0, 7.0, 100, 8, 2)]       // after bar 7's open: 8 and 9
    [InlineData(10.0, 7.5, 100, 8, 2)]       // "after" mid-bar: the next bar on
    [InlineData(10.0, 9.0, 100, 10, 0)]      // nothing new
    public void Completed_range(double nowMinutes, double? afterMinutes, int maxBars, long first, int count)
    {
        var now = Origin.AddMinutes(nowMinutes);
        DateTimeOffset? after = afterMinutes is { } a ? Origin.AddMinutes(a) : null;

        var range = BarClock.CompletedRange(Minute, Origin, after, now, maxBars);

        Assert.Equal(count, range.Count);
        if (count > 0)
        {
            Assert.Equal(first, range.First);
        }
    }

    [Fact]
    public void Times_before_the_origin_floor_correctly()
    {
        var range = BarClock.CompletedRange(Minute, Origin, null, Origin.AddMinutes(-2.5), 1);

        Assert.Equal((-4L, 1), range);
        Assert.Equal(Origin.AddMinutes(-4), BarClock.OpenTime(Minute, Origin, -4));
    }
}
