using OrleansTrading.Grains.Risk;

namespace OrleansTrading.UnitTests.Risk;

public sealed class TradingWindowTests
{
    private static readonly TradingWindow RegularHours = TradingWindow.From(9, 30, 16, 0);

    [Theory]
    // Winter (EST, UTC−5): 09:30 ET = 14:30 UTC.
    [InlineData("2026-01-15T14:29:59Z", false)]
    [InlineData("2026-01-15T14:30:00Z", true)]
    [InlineData("2026-01-15T20:59:59Z", true)]
    [InlineData("2026-01-15T21:00:00Z", false)]
    // Summer (EDT, UTC−4): 09:30 ET = 13:30 UTC.
    [InlineData("2026-07-15T13:30:00Z", true)]
    [InlineData("2026-07-15T14:29:00Z", true)]
    [InlineData("2026-07-15T20:00:00Z", false)]
    // The days of the 2026 switches: 8 March (spring forward) and 1 November (fall back).
    [InlineData("2026-03-08T13:30:00Z", true)]
    [InlineData("2026-03-06T13:30:00Z", false)]
    [InlineData("2026-11-01T14:30:00Z", true)]
    [InlineData("2026-10-30T13:30:00Z", true)]
    public void Follows_new_york_time_across_daylight_saving(string instant, bool inside) =>
        Assert.Equal(inside, RegularHours.Contains(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
}
