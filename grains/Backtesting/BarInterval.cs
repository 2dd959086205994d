namespace OrleansTrading.Grains.Backtesting;

/// <summary>
/// The bar size of a series, inferred from the median spacing of consecutive timestamps (robust to weekends,
/// holidays and overnight breaks). Intraday bars (median under one day) are gated by the trading window and market
/// hours; daily and longer bars are not.
/// </summary>
public sealed record BarInterval(TimeSpan MedianSpacing)
{
    private const double TradingDaysPerYear = 252;
    private const double RegularSessionMinutes = 390;

    public bool IsIntraday => MedianSpacing < TimeSpan.FromDays(1);

    /// <summary>
    /// Return periods per year for annualising: 252 for daily bars, 252 × 390 / minutes for intraday bars
    /// (98,280 for 1-minute), 365.25 / days for weekly and longer. One bar (no spacing) counts as daily.
    /// </summary>
    public double PeriodsPerYear => MedianSpacing <= TimeSpan.Zero ? TradingDaysPerYear
        : IsIntraday ? TradingDaysPerYear * RegularSessionMinutes / MedianSpacing.TotalMinutes
        : MedianSpacing >= TimeSpan.FromDays(7) ? 365.25 / MedianSpacing.TotalDays
        : TradingDaysPerYear;

    /// <summary>Infers the interval from ascending timestamps.</summary>
    public static BarInterval Infer(ReadOnlySpan<DateTimeOffset> timestamps)
    {
        if (timestamps.Length < 2)
        {
            return new BarInterval(TimeSpan.Zero);
        }
        var spacings = new long[timestamps.Length - 1];
        for (var i = 1; i < timestamps.Length; i++)
        {
            spacings[i - 1] = timestamps[i].UtcTicks - timestamps[i - 1].UtcTicks;
        }
        Array.Sort(spacings);
        // The lower median of an even count: always an observed spacing, never an average of two.
        return new BarInterval(TimeSpan.FromTicks(spacings[(spacings.Length - 1) / 2]));
    }
}
