using OrleansTrading.Grains.Ledger.Queries;

namespace OrleansTrading.Api.Dashboard;

/// <summary>Calendar days as the exchange counts them (America/New_York, DST-correct): the dashboard's "today", "week", ….</summary>
public static class ExchangeDay
{
    /// <summary>[start of today, start of tomorrow) in New York, as instants.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Today(DateTimeOffset now)
    {
        var today = ExchangeTime.DateOf(now);
        return (ExchangeTime.StartOf(today), ExchangeTime.StartOf(today.AddDays(1)));
    }

    /// <summary>The start of the <paramref name="days"/> New York calendar days that end with today (1 = today only).</summary>
    public static DateTimeOffset StartOfLastDays(DateTimeOffset now, int days) =>
        ExchangeTime.StartOf(ExchangeTime.DateOf(now).AddDays(1 - days));
}
