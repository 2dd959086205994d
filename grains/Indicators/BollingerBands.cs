namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Bollinger Bands of closes. First valid index: <c>period - 1</c>. Definition:
/// <list type="bullet">
/// <item>middle = SMA(period) = sum / period, from a running sum exactly as <see cref="Sma"/>;</item>
/// <item>sd = the POPULATION standard deviation of the same window (divided by period, as Bollinger and
/// StockCharts do), from a running sum of squares: variance = sumOfSquares / period − middle², clamped at 0 because
/// the cancellation can leave a tiny negative number for a (nearly) flat window;</item>
/// <item>upper/lower = middle ± stdDev × sd;</item>
/// <item>%B = (close − lower) / (upper − lower), and 0.5 when upper == lower (the close is then on the middle);</item>
/// <item>width = (upper − lower) / middle (prices are positive, so the middle is too).</item>
/// </list>
/// Running sums make the update O(1); rounding in them can leave a flat window with a tiny non-zero sd instead of
/// exactly 0. The incremental state performs the same operations in the same order, so the two agree to the bit.
/// </summary>
public static class BollingerBands
{
    public static BollingerBandsResult[] Calculate(IReadOnlyList<Bar> bars, int period = 20, double stdDev = 2)
    {
        IndicatorGuard.Period(period, nameof(period));
        IndicatorGuard.Positive(stdDev, nameof(stdDev));
        var results = new BollingerBandsResult[bars.Count];
        var sum = 0.0;
        var sumOfSquares = 0.0;
        for (var i = 0; i < bars.Count; i++)
        {
            var close = bars[i].Close;
            sum += close;
            sumOfSquares += close * close;
            if (i >= period)
            {
                var leaving = bars[i - period].Close;
                sum -= leaving;
                sumOfSquares -= leaving * leaving;
            }
            if (i < period - 1)
            {
                results[i] = new BollingerBandsResult(bars[i].Timestamp, null, null, null, null, null);
                continue;
            }
            Compute(sum, sumOfSquares, period, stdDev, close, out var upper, out var middle, out var lower, out var percentB, out var width);
            results[i] = new BollingerBandsResult(bars[i].Timestamp, upper, middle, lower, percentB, width);
        }
        return results;
    }

    /// <summary>The bands from the window's running sums; shared by the batch and the state so both round alike.</summary>
    internal static void Compute(
        double sum, double sumOfSquares, int period, double stdDev, double close,
        out double upper, out double middle, out double lower, out double percentB, out double width)
    {
        middle = sum / period;
        var variance = sumOfSquares / period - middle * middle;
        var deviation = Math.Sqrt(variance > 0 ? variance : 0);
        upper = middle + stdDev * deviation;
        lower = middle - stdDev * deviation;
        var range = upper - lower;
        percentB = range == 0 ? 0.5 : (close - lower) / range;
        width = range / middle;
    }
}
