using OrleansTrading.Grains.Risk;

namespace OrleansTrading.UnitTests.Risk;

public sealed class ExchangeTimeTests
{
    [Fact]
    public void Matches_the_time_zone_database_every_fifteen_minutes_through_eight_years_of_daylight_saving_switches()
    {
        var instant = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var end = new DateTimeOffset(2028, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var checkedCount = 0;
        for (; instant < end; instant = instant.AddMinutes(15))
        {
            Assert.Equal(TimeZoneInfo.ConvertTime(instant, ExchangeTime.Zone).DateTime, ExchangeTime.Local(instant));
            checkedCount++;
        }
        Assert.Equal(280_512, checkedCount);
    }

    [Theory]
    // Spring forward 2024-03-10: 06:59 UTC is 01:59 EST, 07:00 UTC is 03:00 EDT.
    [InlineData("2024-03-10T06:59:59Z", "2024-03-10T01:59:59")]
    [InlineData("2024-03-10T07:00:00Z", "2024-03-10T03:00:00")]
    // Fall back 2024-11-03: 05:59 UTC is 01:59 EDT, 06:00 UTC is 01:00 EST again.
    [InlineData("2024-11-03T05:59:59Z", "2024-11-03T01:59:59")]
    [InlineData("2024-11-03T06:00:00Z", "2024-11-03T01:00:00")]
    public void Is_exact_on_both_sides_of_a_switch_whatever_was_asked_before(string utc, string expectedLocal)
    {
        var instant = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);
        var expected = DateTime.Parse(expectedLocal, System.Globalization.CultureInfo.InvariantCulture);
        // Cold, then after the cache holds the hour before, then the hour after: a stale offset would show.
        Assert.Equal(expected, ExchangeTime.Local(instant));
        ExchangeTime.Local(instant.AddHours(-1));
        Assert.Equal(expected, ExchangeTime.Local(instant));
        ExchangeTime.Local(instant.AddHours(1));
        Assert.Equal(expected, ExchangeTime.Local(instant));
    }

    [Fact]
    public void Threads_do_not_share_a_cached_offset()
    {
        var winter = new DateTimeOffset(2024, 1, 15, 15, 0, 0, TimeSpan.Zero);
        var summer = new DateTimeOffset(2024, 7, 15, 15, 0, 0, TimeSpan.Zero);
        Parallel.For(0, 8, worker =>
        {
            // Half the workers ask about winter hours (UTC−5), half about summer hours (UTC−4), interleaved.
            var start = worker % 2 == 0 ? winter : summer;
            for (var i = 0; i < 10_000; i++)
            {
                var instant = start.AddHours(i % 5);
                Assert.Equal(TimeZoneInfo.ConvertTime(instant, ExchangeTime.Zone).DateTime, ExchangeTime.Local(instant));
            }
        });
    }
}
