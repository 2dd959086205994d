namespace OrleansTrading.Grains.Risk;

/// <summary>
/// A bot's daily trading window in exchange time (America/New_York): [start, end). Conversion goes through the time
/// zone database, so the window follows daylight-saving switches (09:30 ET is 14:30 UTC in winter, 13:30 in summer).
/// </summary>
public sealed record TradingWindow(TimeOnly Start, TimeOnly End)
{
    public static TimeZoneInfo Exchange => ExchangeTime.Zone;

    public static TradingWindow From(int startHour, int startMinute, int endHour, int endMinute) =>
        new(new TimeOnly(startHour, startMinute), new TimeOnly(endHour, endMinute));

    public bool Contains(DateTimeOffset instant)
    {
        var local = TimeOnly.FromDateTime(ExchangeTime.Local(instant));
        return local >= Start && local < End;
    }
}
