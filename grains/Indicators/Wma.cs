namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Linearly weighted moving average of closes over <c>period</c> bars: weights 1..period, the newest close weighs
/// <c>period</c>; value = Σ weight × close / (period × (period + 1) / 2). First valid index: <c>period - 1</c>.
/// Definition: O(1) recurrences on the weighted sum W and the plain sum S of the window, applied from the first bar
/// (an unfilled window counts as zeros, so nothing leaves it during warm-up):
/// <c>W ← W + period × close − S</c>, then <c>S ← S + close − close[t − period]</c>. The incremental state performs
/// the same operations in the same order, so the two agree to the bit (a direct Σ w·x would differ in the last bits).
/// </summary>
public static class Wma
{
    public static WmaResult[] Calculate(IReadOnlyList<Bar> bars, int period)
    {
        IndicatorGuard.Period(period, nameof(period));
        var divisor = WeightSum(period);
        var results = new WmaResult[bars.Count];
        var weighted = 0.0;
        var sum = 0.0;
        for (var i = 0; i < bars.Count; i++)
        {
            var close = bars[i].Close;
            weighted = weighted + period * close - sum;
            sum += close;
            if (i >= period)
            {
                sum -= bars[i - period].Close;
            }
            results[i] = new WmaResult(bars[i].Timestamp, i >= period - 1 ? weighted / divisor : null);
        }
        return results;
    }

    /// <summary>1 + 2 + … + period, in double so large periods cannot overflow.</summary>
    internal static double WeightSum(int period) => period * (period + 1.0) / 2;
}
