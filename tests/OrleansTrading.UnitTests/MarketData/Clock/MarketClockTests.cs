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
    public void AlwaysOpen_is_open_even_on_a_Sunday_night_and_counts_down_to_its_rolling_session_close()
    {
        var clock = new MarketClock(new MarketClockOptions { AlwaysOpen = true, AlwaysOpenSessionLength = TimeSpan.FromHours(6) });

        // Sessions run back to back from the Unix epoch: 00:00, 06:00, 12:00, 18:00 UTC.
        Assert.Equal(new MarketClockSnapshot(IsOpen: true, NextOpen: null, NextClose: Utc(2026, 1, 11, 6, 0), TimeUntilClose: TimeSpan.FromHours(3)),
            clock.SnapshotAt(Utc(2026, 1, 11, 3, 0)));
        Assert.Equal(Utc(2026, 1, 11, 12, 0), clock.SnapshotAt(Utc(2026, 1, 11, 6, 0)).NextClose);
    }

    [Fact]
    public void AlwaysOpen_sessions_default_to_a_regular_session_length()
    {
        var clock = new MarketClock(new MarketClockOptions { AlwaysOpen = true });

        var snapshot = clock.SnapshotAt(Utc(2026, 1, 12, 3, 0));

        Assert.Equal(TimeSpan.FromHours(6.5), new MarketClockOptions().AlwaysOpenSessionLength);
        Assert.InRange(snapshot.TimeUntilClose!.Value, TimeSpan.FromTicks(1), TimeSpan.FromHours(6.5));
        Assert.Equal(0, (snapshot.NextClose!.Value - DateTimeOffset.UnixEpoch).Ticks % TimeSpan.FromHours(6.5).Ticks);
    }

    [Fact]
    public void A_change_is_an_open_or_a_close_or_a_new_session_of_an_always_open_market()
    {
        var rolling = new MarketClock(new MarketClockOptions { AlwaysOpen = true, AlwaysOpenSessionLength = TimeSpan.FromMinutes(10) });
        var first = rolling.SnapshotAt(Utc(2026, 1, 12, 3, 1));

        Assert.False(first.ChangedFrom(null));
        Assert.False(rolling.SnapshotAt(Utc(2026, 1, 12, 3, 9)).ChangedFrom(first));
        Assert.True(rolling.SnapshotAt(Utc(2026, 1, 12, 3, 10)).ChangedFrom(first));

        var open = ExchangeHoursClock.SnapshotAt(Utc(2026, 1, 14, 15, 0));
        Assert.False(ExchangeHoursClock.SnapshotAt(Utc(2026, 1, 14, 20, 59)).ChangedFrom(open));
        Assert.True(ExchangeHoursClock.SnapshotAt(Utc(2026, 1, 14, 21, 0)).ChangedFrom(open));
        Assert.False(ExchangeHoursClock.SnapshotAt(Utc(2026, 1, 14, 23, 0)).ChangedFrom(ExchangeHoursClock.SnapshotAt(Utc(2026, 1, 14, 22, 0))));
    }

    [Fact]
    public void Options_default_to_exchange_hours_under_the_Market_section()
    {
        Assert.False(new MarketClockOptions().AlwaysOpen);
        Assert.Equal("Market", MarketClockOptions.SectionName);
    }
}
