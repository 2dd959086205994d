namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Rate of change of closes in percent over <c>period</c> bars: 100 × (close<sub>t</sub> − close<sub>t−period</sub>)
/// / close<sub>t−period</sub>. First valid index: <c>period</c>. Prices are positive; a zero earlier close would
/// give an infinite (or NaN) ratio, which is passed through as IEEE arithmetic gives it, not hidden.
/// </summary>
public static class Roc
{
    public static RocResult[] Calculate(IReadOnlyList<Bar> bars, int period = 12)
    {
        IndicatorGuard.Period(period, nameof(period));
        var results = new RocResult[bars.Count];
        for (var i = 0; i < bars.Count; i++)
        {
            results[i] = new RocResult(bars[i].Timestamp, i >= period ? Percent(bars[i].Close, bars[i - period].Close) : null);
        }
        return results;
    }

    internal static double Percent(double close, double earlier) => 100 * (close - earlier) / earlier;
}
