using System.Globalization;
using OrleansTrading.Grains.MarketData.Clock;

namespace OrleansTrading.UnitTests.MarketData.Clock;

/// <summary>
/// The computed calendar against NYSE's own announcements (NYSE Group holiday and early-closing calendars for
/// 2022–2024, 2025–2027 and 2026–2028), so a rule that drifts from published practice fails here.
/// </summary>
public sealed class NyseCalendarHolidayTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(2022, "2022-01-17 2022-02-21 2022-04-15 2022-05-30 2022-06-20 2022-07-04 2022-09-05 2022-11-24 2022-12-26")]
    [InlineData(2023, "2023-01-02 2023-01-16 2023-02-20 2023-04-07 2023-05-29 2023-06-19 2023-07-04 2023-09-04 2023-11-23 2023-12-25")]
    [InlineData(2024, "2024-01-01 2024-01-15 2024-02-19 2024-03-29 2024-05-27 2024-06-19 2024-07-04 2024-09-02 2024-11-28 2024-12-25")]
    [InlineData(2025, "2025-01-01 2025-01-20 2025-02-17 2025-04-18 2025-05-26 2025-06-19 2025-07-04 2025-09-01 2025-11-27 2025-12-25")]
    [InlineData(2026, "2026-01-01 2026-01-19 2026-02-16 2026-04-03 2026-05-25 2026-06-19 2026-07-03 2026-09-07 2026-11-26 2026-12-25")]
    [InlineData(2027, "2027-01-01 2027-01-18 2027-02-15 2027-03-26 2027-05-31 2027-06-18 2027-07-05 2027-09-06 2027-11-25 2027-12-24")]
    [InlineData(2028, "2028-01-17 2028-02-21 2028-04-14 2028-05-29 2028-06-19 2028-07-04 2028-09-04 2028-11-23 2028-12-25")]
    public void Holidays_are_exactly_the_published_ones(int year, string published)
    {
        var expected = published.Split(' ').Select(D).ToList();

        Assert.Equal(expected, NyseCalendar.Holidays(year));
        Assert.All(expected, date => Assert.Null(NyseCalendar.SessionFor(date)));
    }

    [Theory]
    [InlineData(2022, "2022-11-25")] // July 3 a Sunday, December 24 a Saturday
    [InlineData(2023, "2023-07-03 2023-11-24")] // December 24 a Sunday: no early close on Friday the 22nd
    [InlineData(2024, "2024-07-03 2024-11-29 2024-12-24")]
    [InlineData(2025, "2025-07-03 2025-11-28 2025-12-24")]
    [InlineData(2026, "2026-11-27 2026-12-24")] // July 3 is the observed Independence Day: no early close on July 2
    [InlineData(2027, "2027-11-26")] // July 3 a Saturday; December 24 the observed Christmas: December 23 is a full day
    [InlineData(2028, "2028-07-03 2028-11-24")]
    public void Early_closes_are_exactly_the_published_ones(int year, string published)
    {
        var expected = published.Split(' ').Select(D).ToList();

        var earlyCloses = Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365)
            .Select(offset => new DateOnly(year, 1, 1).AddDays(offset))
            .Where(date => NyseCalendar.SessionFor(date) is { IsEarlyClose: true })
            .ToList();

        Assert.Equal(expected, earlyCloses);
    }

    [Fact]
    public void Early_closes_end_at_13_00_eastern_in_either_offset()
    {
        // July: EDT (UTC-4); November and December: EST (UTC-5).
        Assert.Equal(new MarketSession(D("2025-07-03"), Utc(2025, 7, 3, 13, 30), Utc(2025, 7, 3, 17, 0), IsEarlyClose: true),
            NyseCalendar.SessionFor(D("2025-07-03")));
        Assert.Equal(new MarketSession(D("2025-11-28"), Utc(2025, 11, 28, 14, 30), Utc(2025, 11, 28, 18, 0), IsEarlyClose: true),
            NyseCalendar.SessionFor(D("2025-11-28")));
        Assert.Equal(new MarketSession(D("2025-12-24"), Utc(2025, 12, 24, 14, 30), Utc(2025, 12, 24, 18, 0), IsEarlyClose: true),
            NyseCalendar.SessionFor(D("2025-12-24")));
        Assert.Equal(Utc(2026, 11, 27, 18, 0), NyseCalendar.SessionFor(D("2026-11-27"))!.Close);
        Assert.Equal(Utc(2026, 12, 24, 18, 0), NyseCalendar.SessionFor(D("2026-12-24"))!.Close);
        Assert.Equal(Utc(2027, 11, 26, 18, 0), NyseCalendar.SessionFor(D("2027-11-26"))!.Close);
    }

    [Fact]
    public void Independence_Day_on_a_Saturday_closes_Friday_and_leaves_Thursday_a_full_day()
    {
        Assert.Null(NyseCalendar.SessionFor(D("2026-07-03")));
        Assert.Equal(new MarketSession(D("2026-07-02"), Utc(2026, 7, 2, 13, 30), Utc(2026, 7, 2, 20, 0), IsEarlyClose: false),
            NyseCalendar.SessionFor(D("2026-07-02")));
    }

    [Fact]
    public void Independence_Day_on_a_Sunday_closes_Monday()
    {
        Assert.Null(NyseCalendar.SessionFor(D("2027-07-05")));
        Assert.False(NyseCalendar.SessionFor(D("2027-07-02"))!.IsEarlyClose);
    }

    [Fact]
    public void Juneteenth_on_a_Saturday_closes_Friday()
    {
        Assert.Null(NyseCalendar.SessionFor(D("2027-06-18")));
        Assert.NotNull(NyseCalendar.SessionFor(D("2027-06-21")));
    }

    [Fact]
    public void Juneteenth_on_a_Sunday_closes_Monday() => Assert.Null(NyseCalendar.SessionFor(D("2022-06-20")));

    [Fact]
    public void Juneteenth_is_not_a_holiday_before_2022()
    {
        // June 19 2021 was a Saturday and a federal holiday already, but NYSE traded on Friday June 18.
        Assert.NotNull(NyseCalendar.SessionFor(D("2021-06-18")));
        Assert.DoesNotContain(NyseCalendar.Holidays(2021), date => date.Month == 6);
    }

    [Fact]
    public void Christmas_on_a_Saturday_closes_Friday_December_24_and_leaves_the_23rd_a_full_day()
    {
        Assert.Null(NyseCalendar.SessionFor(D("2027-12-24")));
        Assert.Equal(new MarketSession(D("2027-12-23"), Utc(2027, 12, 23, 14, 30), Utc(2027, 12, 23, 21, 0), IsEarlyClose: false),
            NyseCalendar.SessionFor(D("2027-12-23")));
    }

    [Fact]
    public void New_Years_Day_on_a_Saturday_is_not_observed_on_the_preceding_Friday()
    {
        Assert.Equal(new MarketSession(D("2027-12-31"), Utc(2027, 12, 31, 14, 30), Utc(2027, 12, 31, 21, 0), IsEarlyClose: false),
            NyseCalendar.SessionFor(D("2027-12-31")));
        Assert.NotNull(NyseCalendar.SessionFor(D("2021-12-31")));
        Assert.DoesNotContain(NyseCalendar.Holidays(2028), date => date.Month == 1 && date.Day <= 3);
    }

    [Fact]
    public void New_Years_Day_on_a_Sunday_closes_Monday() => Assert.Null(NyseCalendar.SessionFor(D("2023-01-02")));

    [Fact]
    public void Weekends_are_closed()
    {
        Assert.Null(NyseCalendar.SessionFor(D("2026-01-10")));
        Assert.Null(NyseCalendar.SessionFor(D("2026-01-11")));
    }

    [Fact]
    public void Unscheduled_closures_are_closed()
    {
        Assert.Null(NyseCalendar.SessionFor(D("2025-01-09"))); // National Day of Mourning, President Carter
        Assert.Null(NyseCalendar.SessionFor(D("2018-12-05")));
        Assert.Null(NyseCalendar.SessionFor(D("2012-10-30")));
        Assert.DoesNotContain(D("2025-01-09"), NyseCalendar.Holidays(2025));
    }

    [Theory]
    [InlineData(2000, "2000-04-23")]
    [InlineData(2008, "2008-03-23")]
    [InlineData(2011, "2011-04-24")]
    [InlineData(2038, "2038-04-25")] // the latest possible date
    [InlineData(2285, "2285-03-22")] // the earliest possible date
    public void Easter_is_computed_for_any_year(int year, string easter) =>
        Assert.Equal(D(easter), NyseCalendar.EasterSunday(year));

    [Fact]
    public void Rules_hold_far_from_the_published_years()
    {
        // 2049: Christmas on a Saturday, Independence Day on a Sunday, New Year's Day on a Friday.
        Assert.Contains(D("2049-12-24"), NyseCalendar.Holidays(2049));
        Assert.Contains(D("2049-07-05"), NyseCalendar.Holidays(2049));
        Assert.Contains(D("2049-04-16"), NyseCalendar.Holidays(2049)); // Good Friday (Easter April 18)
        Assert.True(NyseCalendar.SessionFor(D("2049-11-26"))!.IsEarlyClose);
    }
}
