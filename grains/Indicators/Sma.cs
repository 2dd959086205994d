namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Simple moving average of closes over <c>period</c> bars. First valid index: <c>period - 1</c>.
/// Definition: a running sum (add the new close, subtract the one leaving the window), divided by the period; the
/// batch and the incremental state perform the same operations in the same order, so they agree to the bit.
/// </summary>
public static class Sma
{
    public static SmaResult[] Calculate(IReadOnlyList<Bar> bars, int period)
    {
        IndicatorGuard.Period(period, nameof(period));
        var results = new SmaResult[bars.Count];
        var sum = 0.0;
        for (var i = 0; i < bars.Count; i++)
        {
            sum += bars[i].Close;
            if (i >= period)
            {
                sum -= bars[i - period].Close;
            }
            results[i] = new SmaResult(bars[i].Timestamp, i >= period - 1 ? sum / period : null);
        }
        return results;
    }
}
