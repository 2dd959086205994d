using OrleansTrading.Grains.MarketData.Clock;

namespace OrleansTrading.UnitTests.MarketData.Clock;

public sealed class MarketClockTests
{
    private static readonly MarketClock ExchangeHoursClock = new(new MarketClockOptions());

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Open_market_has_a_close_and_time_until_it_but_no_next_open() =>
        Assert.Equal(new MarketClockSnapshot(IsOpen: true, NextOpen: null, NextClose: Utc(2026, 1, 14, 21, 0), TimeUntilClose: TimeSpan.FromHours(2.5)),
            ExchangeHoursClock.SnapshotAt(Utc(2026, 1, 14, 18, 30)));

    [Fact]
    public void Time_until_close_counts_to_an_early_close() =>
        Assert.Equal(new MarketClockSnapshot(IsOpen: true, NextOpen: null, NextClose: Utc(2026, 11, 27, 18, 0), TimeUntilClose: TimeSpan.FromMinutes(45)),
            ExchangeHoursClock.SnapshotAt(Utc(2026, 11, 27, 17, 15)));

    [Fact]
    public void Closed_market_has_a_next_open_and_nothing_else()
    {
        Assert.Equal(new MarketClockSnapshot(IsOpen: false, NextOpen: Utc(2026, 1, 12, 14, 30), NextClose: null, TimeUntilClose: null),
            ExchangeHoursClock.SnapshotAt(Utc(2026, 1, 9, 21, 0))); // Friday at the close
        Assert.Equal(new MarketClockSnapshot(IsOpen: false, NextOpen: Utc(2026, 1, 14, 14, 30), NextClose: null, TimeUntilClose: null),
            ExchangeHoursClock.SnapshotAt(Utc(2026, 1, 14, 14, 29))); // a minute before the open
    }

    [Fact]
    public void AlwaysOpen_is_open_with_no_next_open_or_close_even_on_a_Sunday_night()
    {
        var clock = new MarketClock(new MarketClockOptions { AlwaysOpen = true });

        Assert.Equal(new MarketClockSnapshot(IsOpen: true, NextOpen: null, NextClose: null, TimeUntilClose: null),
            clock.SnapshotAt(Utc(2026, 1, 12, 3, 0)));
    }

    [Fact]
    public void Options_default_to_exchange_hours_under_the_Market_section()
    {
        Assert.False(new MarketClockOptions().AlwaysOpen);
        Assert.Equal("Market", MarketClockOptions.SectionName);
    }
}
