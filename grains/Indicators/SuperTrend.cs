namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// SuperTrend over the Wilder <see cref="Atr"/>(<c>period</c>), valid from index <c>period</c> (the first valid index).
/// Basic bands: <c>(H + L) / 2 ± multiplier × ATR</c>. Final upper = the basic upper if it is below the previous final
/// upper or the previous close was above the previous final upper, else the previous final upper; final lower
/// symmetric (basic lower above the previous final lower, or the previous close below it). On the first valid bar
/// the final bands are the basic ones. The trend starts up; on every valid bar, the first included, an uptrend turns
/// down when the close is below the final lower band and a downtrend turns up when the close is above the final upper
/// band. SuperTrend = the final lower band in an uptrend, the final upper band in a downtrend.
/// </summary>
public static class SuperTrend
{
    public static SuperTrendResult[] Calculate(IReadOnlyList<Bar> bars, int period = 10, double multiplier = 3)
    {
        Validate(period, multiplier);
        var atr = Atr.Over(bars, period);
        var results = new SuperTrendResult[bars.Count];
        var upper = double.NaN;
        var lower = double.NaN;
        var rising = true;
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            if (double.IsNaN(atr[i]))
            {
                results[i] = new SuperTrendResult(bar.Timestamp, null, null);
                continue;
            }
            var middle = (bar.High + bar.Low) / 2;
            var width = multiplier * atr[i];
            if (double.IsNaN(upper))
            {
                upper = middle + width;
                lower = middle - width;
            }
            else
            {
                var previousClose = bars[i - 1].Close;
                upper = FinalUpper(middle + width, upper, previousClose);
                lower = FinalLower(middle - width, lower, previousClose);
            }
            rising = Trend(rising, bar.Close, upper, lower);
            results[i] = new SuperTrendResult(bar.Timestamp, rising ? lower : upper, rising);
        }
        return results;
    }

    internal static void Validate(int period, double multiplier)
    {
        IndicatorGuard.Period(period, nameof(period));
        IndicatorGuard.Positive(multiplier, nameof(multiplier));
    }

    /// <summary>The upper band only moves down, unless the previous close broke above it.</summary>
    internal static double FinalUpper(double basicUpper, double previousUpper, double previousClose) =>
        basicUpper < previousUpper || previousClose > previousUpper ? basicUpper : previousUpper;

    /// <summary>The lower band only moves up, unless the previous close broke below it.</summary>
    internal static double FinalLower(double basicLower, double previousLower, double previousClose) =>
        basicLower > previousLower || previousClose < previousLower ? basicLower : previousLower;

    internal static bool Trend(bool rising, double close, double upper, double lower) =>
        rising ? close >= lower : close > upper;
}
