using System.Collections.Concurrent;
using System.Collections.ObjectModel;

namespace OrleansTrading.Grains.MarketData.Clock;

/// <summary>
/// NYSE regular-session calendar: 09:30–16:00 America/New_York on weekdays, less the exchange holidays, with 13:00
/// early closes before Independence Day, after Thanksgiving and on Christmas Eve. Holidays are computed from the
/// rules (NYSE Rule 7.2), not listed, so any year works; the rules are today's, so years before 1998 (when the NYSE
/// first closed for Martin Luther King Jr. Day) are not historically exact.
/// </summary>
/// <remarks>
/// Checked against the NYSE Group holiday and early-closing announcements for 2022–2024 (2021-12-27),
/// 2025–2027 (2024-11-08) and 2026–2028 (2025-12-23), reprinted at mondovisione.com
/// ("NYSE Group Announces … Holiday And Early Closings Calendar"), and against finder.com/stock-trading/nyse-holidays
/// and benzinga.com (2025-12) for the 2025 and 2026 Christmas Eve early closes.
/// Session instants are produced by converting exchange-local wall times through the time zone database, so they
/// follow daylight-saving switches (09:30 ET is 14:30 UTC in winter, 13:30 UTC in summer).
/// </remarks>
public static class NyseCalendar
{
    /// <summary>The exchange's time zone.</summary>
    public static TimeZoneInfo Exchange { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>The opening bell, exchange time.</summary>
    public static TimeOnly RegularOpen { get; } = new(9, 30);

    /// <summary>The closing bell on a full day, exchange time.</summary>
    public static TimeOnly RegularClose { get; } = new(16, 0);

    /// <summary>The closing bell on a scheduled half day, exchange time.</summary>
    public static TimeOnly EarlyClose { get; } = new(13, 0);

    /// <summary>
    /// Closures declared at short notice (national days of mourning, 9/11, Hurricane Sandy) that no rule can derive.
    /// Kept from 1998 on, the span the rules are exact for, so backtests over those years skip days with no trading.
    /// Sources: AP/Bloomberg (2024-12-30) for 2025-01-09; tradinghours.com "11 Events that Caused the NYSE to Close"
    /// and NYSE closure lists for the rest. Add a date here when NYSE announces a new one.
    /// </summary>
    private static readonly HashSet<DateOnly> UnscheduledClosures =
    [
        new(2001, 9, 11), new(2001, 9, 12), new(2001, 9, 13), new(2001, 9, 14), // September 11 attacks
        new(2004, 6, 11), // President Reagan
        new(2007, 1, 2), // President Ford
        new(2012, 10, 29), new(2012, 10, 30), // Hurricane Sandy
        new(2018, 12, 5), // President George H. W. Bush
        new(2025, 1, 9), // President Carter
    ];

    // Ten dates a year, computed once per year asked for; the set of years a process touches is small.
    private static readonly ConcurrentDictionary<int, ReadOnlyCollection<DateOnly>> HolidaysByYear = new();

    /// <summary>The dates the exchange is closed for a holiday in <paramref name="year"/>, as observed, in date order.</summary>
    public static IReadOnlyList<DateOnly> Holidays(int year) =>
        HolidaysByYear.GetOrAdd(year, static y => ObservedHolidays(y).Order().ToList().AsReadOnly());

    /// <summary>Whether <paramref name="date"/> is an (observed) exchange holiday.</summary>
    public static bool IsHoliday(DateOnly date) => Holidays(date.Year).Contains(date);

    /// <summary>Whether the exchange holds a regular session on <paramref name="date"/>.</summary>
    public static bool IsTradingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !IsHoliday(date)
        && !UnscheduledClosures.Contains(date);

    /// <summary>The session on exchange date <paramref name="date"/>, or null when the exchange is closed that day.</summary>
    public static MarketSession? SessionFor(DateOnly date)
    {
        if (!IsTradingDay(date))
            return null;

        var early = IsEarlyCloseDay(date);
        return new MarketSession(date, ToUtc(date, RegularOpen), ToUtc(date, early ? EarlyClose : RegularClose), early);
    }

    /// <summary>Whether the market is in its regular session at <paramref name="instant"/> (open inclusive, close exclusive).</summary>
    public static bool IsOpen(DateTimeOffset instant) =>
        SessionFor(ExchangeDate(instant)) is { } session && session.Contains(instant);

    /// <summary>The session in progress at <paramref name="instant"/>, or else the next one to open.</summary>
    public static MarketSession CurrentOrNextSession(DateTimeOffset instant)
    {
        // A session closes on its own exchange date, so none before the instant's exchange date can still be running.
        for (var date = ExchangeDate(instant); ; date = date.AddDays(1))
        {
            if (SessionFor(date) is { } session && session.Close > instant)
                return session;
        }
    }

    /// <summary>
    /// The first opening bell strictly after <paramref name="instant"/>: today's open when before it, otherwise the next
    /// trading day's (so an instant during a session, or exactly at its open, gets the following session).
    /// </summary>
    public static DateTimeOffset NextOpen(DateTimeOffset instant)
    {
        var session = CurrentOrNextSession(instant);
        return session.Open > instant ? session.Open : SessionAfter(session.Date).Open;
    }

    /// <summary>
    /// The close of the session in progress at <paramref name="instant"/>, or else of the next session (an instant
    /// exactly at a close is after that session).
    /// </summary>
    public static DateTimeOffset NextClose(DateTimeOffset instant) => CurrentOrNextSession(instant).Close;

    /// <summary>The exchange calendar date at <paramref name="instant"/>.</summary>
    public static DateOnly ExchangeDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Exchange).DateTime);

    /// <summary>Easter Sunday in the Gregorian calendar (anonymous Gregorian computus, Meeus/Jones/Butcher).</summary>
    internal static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var monthAndDay = h + l - (7 * m) + 114;
        return new DateOnly(year, monthAndDay / 31, (monthAndDay % 31) + 1);
    }

    private static IEnumerable<DateOnly> ObservedHolidays(int year)
    {
        // Rule 7.2 moves a Saturday holiday to Friday, except New Year's Day: closing Friday December 31 would shut
        // the market on the last day of the accounting year, so a Saturday January 1 is simply not observed (2022, 2028).
        var newYearsDay = new DateOnly(year, 1, 1);
        if (newYearsDay.DayOfWeek != DayOfWeek.Saturday)
            yield return Observed(newYearsDay);

        if (year >= 1998)
            yield return NthWeekdayOfMonth(year, 1, DayOfWeek.Monday, 3); // Martin Luther King Jr. Day

        yield return NthWeekdayOfMonth(year, 2, DayOfWeek.Monday, 3); // Washington's Birthday
        yield return EasterSunday(year).AddDays(-2); // Good Friday: not a federal holiday, an exchange one
        yield return LastWeekdayOfMonth(year, 5, DayOfWeek.Monday); // Memorial Day

        if (year >= 2022)
            yield return Observed(new DateOnly(year, 6, 19)); // Juneteenth, first closed for in 2022

        yield return Observed(new DateOnly(year, 7, 4)); // Independence Day
        yield return NthWeekdayOfMonth(year, 9, DayOfWeek.Monday, 1); // Labor Day
        yield return Thanksgiving(year);
        yield return Observed(new DateOnly(year, 12, 25)); // Christmas Day
    }

    // Each half day only applies when it is itself a trading day (checked by the caller): no early close moves to
    // another date, so July 3 2026 (the observed Independence Day) and December 24 2027 (the observed Christmas)
    // leave July 2 and December 23 full days, as NYSE published.
    private static bool IsEarlyCloseDay(DateOnly date) =>
        (date.Month == 7 && date.Day == 3)
        || (date.Month == 12 && date.Day == 24)
        || date == Thanksgiving(date.Year).AddDays(1);

    private static DateOnly Observed(DateOnly holiday) => holiday.DayOfWeek switch
    {
        DayOfWeek.Saturday => holiday.AddDays(-1),
        DayOfWeek.Sunday => holiday.AddDays(1),
        _ => holiday,
    };

    private static DateOnly Thanksgiving(int year) => NthWeekdayOfMonth(year, 11, DayOfWeek.Thursday, 4);

    private static DateOnly NthWeekdayOfMonth(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    private static DateOnly LastWeekdayOfMonth(int year, int month, DayOfWeek weekday)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var offset = ((int)last.DayOfWeek - (int)weekday + 7) % 7;
        return last.AddDays(-offset);
    }

    private static MarketSession SessionAfter(DateOnly date)
    {
        for (var next = date.AddDays(1); ; next = next.AddDays(1))
        {
            if (SessionFor(next) is { } session)
                return session;
        }
    }

    // 09:30 and 16:00 never fall in the 02:00–03:00 daylight-saving gap or overlap, so the conversion is unambiguous.
    private static DateTimeOffset ToUtc(DateOnly date, TimeOnly exchangeTime) =>
        new(TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(exchangeTime, DateTimeKind.Unspecified), Exchange), TimeSpan.Zero);
}
