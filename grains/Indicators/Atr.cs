namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Average true range (Wilder). True range starts at the second bar (bar 0 has no previous close):
/// <c>TR_t = max(H_t − L_t, |H_t − C_{t−1}|, |L_t − C_{t−1}|)</c>, t ≥ 1. The first ATR is the plain mean of
/// TR_1..TR_period, at index <c>period</c> (the first valid index); after that
/// <c>ATR = (ATR × (period − 1) + TR) / period</c>.
/// </summary>
public static class Atr
{
    public static AtrResult[] Calculate(IReadOnlyList<Bar> bars, int period = 14)
    {
        var atr = Over(bars, period);
        var results = new AtrResult[bars.Count];
        for (var i = 0; i < bars.Count; i++)
        {
            results[i] = new AtrResult(bars[i].Timestamp, double.IsNaN(atr[i]) ? null : atr[i]);
        }
        return results;
    }

    /// <summary>The ATR series (NaN while warming up); Keltner Channels and SuperTrend build on it.</summary>
    public static double[] Over(IReadOnlyList<Bar> bars, int period)
    {
        IndicatorGuard.Period(period, nameof(period));
        var result = new double[bars.Count];
        var average = SeededSmoother.WilderAverage(period);
        for (var i = 0; i < bars.Count; i++)
        {
            result[i] = i == 0 ? double.NaN : average.Add(TrueRange.Of(bars[i].High, bars[i].Low, bars[i - 1].Close));
        }
        return result;
    }
}
