using OrleansTrading.Grains.MarketData.Clock;

namespace OrleansTrading.UnitTests.MarketData.Clock;

/// <summary>Instant queries, asserted with explicit UTC instants so an offset mistake cannot hide behind local times.</summary>
public sealed class NyseCalendarSessionTests
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);

    [Fact]
    public void Spring_forward_moves_the_bells_an_hour_earlier_in_utc()
    {
        // DST starts Sunday 2026-03-08: Friday is EST (UTC-5), Monday EDT (UTC-4).
        Assert.Equal((Utc(2026, 3, 6, 14, 30), Utc(2026, 3, 6, 21, 0)), Bells(new DateOnly(2026, 3, 6)));
        Assert.Equal((Utc(2026, 3, 9, 13, 30), Utc(2026, 3, 9, 20, 0)), Bells(new DateOnly(2026, 3, 9)));
        Assert.Equal(Utc(2026, 3, 9, 13, 30), NyseCalendar.NextOpen(Utc(2026, 3, 6, 21, 0)));
    }

    [Fact]
    public void Fall_back_moves_the_bells_an_hour_later_in_utc()
    {
        // DST ends Sunday 2026-11-01: Friday is EDT (UTC-4), Monday EST (UTC-5).
        Assert.Equal((Utc(2026, 10, 30, 13, 30), Utc(2026, 10, 30, 20, 0)), Bells(new DateOnly(2026, 10, 30)));
        Assert.Equal((Utc(2026, 11, 2, 14, 30), Utc(2026, 11, 2, 21, 0)), Bells(new DateOnly(2026, 11, 2)));
        Assert.Equal(Utc(2026, 11, 2, 14, 30), NyseCalendar.NextOpen(Utc(2026, 10, 30, 20, 0)));
    }

    [Theory]
    [InlineData(14, 29, 59, false)] // 09:29:59 EST
    [InlineData(14, 30, 0, true)] // 09:30:00, the open is inclusive
    [InlineData(20, 59, 59, true)] // 15:59:59
    [InlineData(21, 0, 0, false)] // 16:00:00, the close is exclusive
    [InlineData(4, 0, 0, false)] // 23:00 the evening before, exchange time
    public void IsOpen_boundaries_on_a_winter_day(int hour, int minute, int second, bool open) =>
        Assert.Equal(open, NyseCalendar.IsOpen(Utc(2026, 1, 14, hour, minute, second)));

    [Theory]
    [InlineData(13, 29, 59, false)]
    [InlineData(13, 30, 0, true)]
    [InlineData(19, 59, 59, true)]
    [InlineData(20, 0, 0, false)]
    public void IsOpen_boundaries_on_a_summer_day(int hour, int minute, int second, bool open) =>
        Assert.Equal(open, NyseCalendar.IsOpen(Utc(2026, 7, 15, hour, minute, second)));

    [Theory]
    [InlineData(17, 59, 59, true)] // 12:59:59 EST on the day after Thanksgiving
    [InlineData(18, 0, 0, false)] // 13:00:00
    [InlineData(20, 0, 0, false)] // 15:00:00, open on a full day
    public void IsOpen_honours_the_13_00_early_close(int hour, int minute, int second, bool open) =>
        Assert.Equal(open, NyseCalendar.IsOpen(Utc(2026, 11, 27, hour, minute, second)));

    [Fact]
    public void IsOpen_is_false_all_day_on_weekends_and_holidays()
    {
        Assert.False(NyseCalendar.IsOpen(Utc(2026, 1, 10, 17, 0))); // Saturday midday
        Assert.False(NyseCalendar.IsOpen(Utc(2026, 1, 19, 17, 0))); // Martin Luther King Jr. Day midday
        Assert.False(NyseCalendar.IsOpen(Utc(2026, 4, 3, 15, 0))); // Good Friday midday
    }

    [Fact]
    public void NextOpen_before_the_open_is_todays_open() =>
        Assert.Equal(Utc(2026, 1, 14, 14, 30), NyseCalendar.NextOpen(Utc(2026, 1, 14, 12, 0)));

    [Fact]
    public void NextOpen_is_strictly_after_the_instant()
    {
        Assert.Equal(Utc(2026, 1, 15, 14, 30), NyseCalendar.NextOpen(Utc(2026, 1, 14, 14, 30))); // exactly at the open
        Assert.Equal(Utc(2026, 1, 15, 14, 30), NyseCalendar.NextOpen(Utc(2026, 1, 14, 18, 0))); // during the session
    }

    [Fact]
    public void NextOpen_from_Friday_after_the_close_is_Monday()
    {
        Assert.Equal(Utc(2026, 1, 12, 14, 30), NyseCalendar.NextOpen(Utc(2026, 1, 9, 21, 0)));
        Assert.Equal(Utc(2026, 1, 12, 14, 30), NyseCalendar.NextOpen(Utc(2026, 1, 10, 12, 0))); // from Saturday
    }

    [Fact]
    public void NextOpen_skips_a_Monday_holiday() =>
        Assert.Equal(Utc(2026, 1, 20, 14, 30), NyseCalendar.NextOpen(Utc(2026, 1, 16, 22, 0))); // MLK Day 2026-01-19

    [Fact]
    public void NextOpen_from_the_Thursday_before_Good_Friday_is_Monday()
    {
        Assert.Equal(Utc(2026, 4, 6, 13, 30), NyseCalendar.NextOpen(Utc(2026, 4, 2, 20, 30))); // after the close
        Assert.Equal(Utc(2026, 4, 6, 13, 30), NyseCalendar.NextOpen(Utc(2026, 4, 2, 15, 0))); // during the session
    }

    [Fact]
    public void NextOpen_skips_an_unscheduled_closure() =>
        Assert.Equal(Utc(2025, 1, 10, 14, 30), NyseCalendar.NextOpen(Utc(2025, 1, 8, 21, 0)));

    [Fact]
    public void NextClose_during_a_session_is_its_close() =>
        Assert.Equal(Utc(2026, 1, 14, 21, 0), NyseCalendar.NextClose(Utc(2026, 1, 14, 16, 0)));

    [Fact]
    public void NextClose_before_the_open_is_todays_close() =>
        Assert.Equal(Utc(2026, 1, 14, 21, 0), NyseCalendar.NextClose(Utc(2026, 1, 14, 9, 0)));

    [Fact]
    public void NextClose_at_or_after_the_close_is_the_next_sessions_close()
    {
        Assert.Equal(Utc(2026, 1, 15, 21, 0), NyseCalendar.NextClose(Utc(2026, 1, 14, 21, 0)));
        Assert.Equal(Utc(2026, 1, 20, 21, 0), NyseCalendar.NextClose(Utc(2026, 1, 16, 21, 0))); // over the MLK weekend
    }

    [Fact]
    public void NextClose_on_an_early_close_day_is_13_00_eastern() =>
        Assert.Equal(Utc(2026, 12, 24, 18, 0), NyseCalendar.NextClose(Utc(2026, 12, 24, 15, 0)));

    [Fact]
    public void CurrentOrNextSession_is_the_running_session_or_the_next_one()
    {
        var wednesday = new MarketSession(new DateOnly(2026, 1, 14), Utc(2026, 1, 14, 14, 30), Utc(2026, 1, 14, 21, 0), IsEarlyClose: false);
        var monday = new MarketSession(new DateOnly(2026, 1, 12), Utc(2026, 1, 12, 14, 30), Utc(2026, 1, 12, 21, 0), IsEarlyClose: false);

        Assert.Equal(wednesday, NyseCalendar.CurrentOrNextSession(Utc(2026, 1, 14, 18, 0)));
        Assert.Equal(wednesday, NyseCalendar.CurrentOrNextSession(Utc(2026, 1, 14, 5, 0)));
        Assert.Equal(monday, NyseCalendar.CurrentOrNextSession(Utc(2026, 1, 11, 12, 0)));
    }

    [Fact]
    public void Queries_accept_instants_in_any_offset()
    {
        // 09:30 in New York written with its own offset is the same instant as 14:30Z.
        var open = new DateTimeOffset(2026, 1, 14, 9, 30, 0, TimeSpan.FromHours(-5));

        Assert.True(NyseCalendar.IsOpen(open));
        Assert.Equal(Utc(2026, 1, 14, 21, 0), NyseCalendar.NextClose(open));
    }

    private static (DateTimeOffset Open, DateTimeOffset Close) Bells(DateOnly date)
    {
        var session = NyseCalendar.SessionFor(date);
        Assert.NotNull(session);
        return (session.Open, session.Close);
    }
}
