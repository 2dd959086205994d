using OrleansTrading.Grains.Risk;

namespace OrleansTrading.Grains.Backtesting;

/// <summary>
/// The market-hours gate for intraday backtests: the US equity regular session, 09:30–16:00 America/New_York,
/// Monday to Friday. Exchange holidays are not modelled (a bar on a holiday would only exist in the data if the
/// market traded).
/// </summary>
public static class RegularTradingHours
{
    private static readonly TradingWindow Session = TradingWindow.From(9, 30, 16, 0);

    public static bool Contains(DateTimeOffset instant)
    {
        var day = ExchangeTime.Local(instant).DayOfWeek;
        return day is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && Session.Contains(instant);
    }
}
