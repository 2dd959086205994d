using OrleansTrading.Grains.MarketData.Clock;

namespace OrleansTrading.Grains.Ledger.Queries;

/// <summary>
/// The time zone in which the ledger's queries cut days (P&amp;L by date, "today"). PostgreSQL stores each trade's date
/// in this zone (<c>trades.trade_date</c>, schema 0007, which names the zone literally: keep the two equal); the
/// in-memory ledger converts with .NET. Both read the IANA tz database.
/// </summary>
public static class ExchangeTime
{
    public const string ZoneId = "America/New_York";

    public static TimeZoneInfo Zone => NyseCalendar.Exchange;

    /// <summary>The exchange's calendar date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => NyseCalendar.ExchangeDate(instant);

    /// <summary>The instant an exchange date begins (00:00 New York time, DST-correct).</summary>
    public static DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
