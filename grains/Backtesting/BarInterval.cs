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
        var histogram = new SpacingHistogram();
        for (var i = 1; i < timestamps.Length; i++)
        {
            histogram.Add(timestamps[i].UtcTicks - timestamps[i - 1].UtcTicks);
        }
        return FromCounts(histogram.Counts(), timestamps.Length - 1);
    }

    /// <inheritdoc cref="Infer(ReadOnlySpan{DateTimeOffset})"/>
    public static BarInterval Infer(ReadOnlySpan<Indicators.Bar> bars)
    {
        var histogram = new SpacingHistogram();
        for (var i = 1; i < bars.Length; i++)
        {
            histogram.Add(bars[i].Timestamp.UtcTicks - bars[i - 1].Timestamp.UtcTicks);
        }
        return FromCounts(histogram.Counts(), bars.Length - 1);
    }

    /// <summary>
    /// The lower median from a histogram of spacings (real series have a handful of distinct spacings, so this is a
    /// single pass instead of sorting a million values): always an observed spacing, never an average of two.
    /// </summary>
    private static BarInterval FromCounts(Dictionary<long, int> counts, int total)
    {
        if (total < 1)
        {
            return new BarInterval(TimeSpan.Zero);
        }
        var rank = (total - 1) / 2;
        var seen = 0;
        foreach (var spacing in counts.Keys.Order())
        {
            seen += counts[spacing];
            if (seen > rank)
            {
                return new BarInterval(TimeSpan.FromTicks(spacing));
            }
        }
        throw new InvalidOperationException("The spacing histogram does not add up.");
    }
}
