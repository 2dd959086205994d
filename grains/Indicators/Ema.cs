namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Exponential moving average of closes, smoothing k = 2 / (period + 1). Seeded with the SMA of the first
/// <c>period</c> closes (first valid index <c>period - 1</c>); then <c>ema = ema + k × (close − ema)</c>.
/// </summary>
public static class Ema
{
    public static EmaResult[] Calculate(IReadOnlyList<Bar> bars, int period)
    {
        var values = new double[bars.Count];
        for (var i = 0; i < bars.Count; i++)
        {
            values[i] = bars[i].Close;
        }
        var ema = Over(values, period);
        var results = new EmaResult[bars.Count];
        for (var i = 0; i < bars.Count; i++)
        {
            results[i] = new EmaResult(bars[i].Timestamp, double.IsNaN(ema[i]) ? null : ema[i]);
        }
        return results;
    }

    /// <summary>The EMA of any series (NaN while warming up); MACD, Keltner and others build on it.</summary>
    public static double[] Over(IReadOnlyList<double> values, int period)
    {
        IndicatorGuard.Period(period, nameof(period));
        var k = 2.0 / (period + 1);
        var result = new double[values.Count];
        var sum = 0.0;
        var ema = double.NaN;
        for (var i = 0; i < values.Count; i++)
        {
            if (i < period)
            {
                sum += values[i];
                ema = i == period - 1 ? sum / period : double.NaN;
            }
            else
            {
                ema += k * (values[i] - ema);
            }
            result[i] = ema;
        }
        return result;
    }
}
