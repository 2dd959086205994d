namespace OrleansTrading.Grains.Risk;

/// <summary>
/// Wall-clock time in the exchange's zone (America/New_York) for an instant, without a time-zone conversion per call:
/// the zone's UTC offset is cached per UTC hour, per thread. That is exact for New York, whose clocks have only ever
/// changed at 02:00 local time, i.e. on a whole UTC hour. An intraday backtest asks for the window and market-hours
/// gates on every decision; a <see cref="TimeZoneInfo.ConvertTime(DateTimeOffset, TimeZoneInfo)"/> there cost more
/// than the rest of the risk check.
/// </summary>
public static class ExchangeTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    // Per thread (walk-forward runs backtests in parallel), so the pair is never read half-updated. Hour + 1, so the
    // zero a new thread starts with matches no instant.
    [ThreadStatic]
    private static long t_cachedHourPlusOne;

    [ThreadStatic]
    private static long t_cachedOffsetTicks;

    /// <summary>The exchange's local date and time of <paramref name="instant"/> (<see cref="DateTimeKind.Unspecified"/>).</summary>
    public static DateTime Local(DateTimeOffset instant)
    {
        var utcTicks = instant.UtcTicks;
        var hourPlusOne = utcTicks / TimeSpan.TicksPerHour + 1;
        if (hourPlusOne != t_cachedHourPlusOne)
        {
            t_cachedOffsetTicks = Zone.GetUtcOffset(instant.UtcDateTime).Ticks;
            t_cachedHourPlusOne = hourPlusOne;
        }
        return new DateTime(utcTicks + t_cachedOffsetTicks, DateTimeKind.Unspecified);
    }
}
