namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Wilder's relative strength index of closes. First valid index: <c>period</c> (the first change is at bar 1).
/// Definition: change<sub>t</sub> = close<sub>t</sub> − close<sub>t−1</sub> from t = 1; gain = max(change, 0),
/// loss = max(−change, 0). The first average gain/loss is the plain mean of the gains/losses at t = 1..period; after
/// that Wilder's smoothing <c>avg ← (avg × (period − 1) + current) / period</c>.
/// RSI = 100 − 100 / (1 + avgGain / avgLoss). With avgLoss = 0 the RSI is 100 (only gains), and 50 when avgGain is
/// 0 as well (a flat window: neither side dominates, and 0/0 must not leak out as NaN).
/// Oversold/overbought levels are signal thresholds, not part of the indicator.
/// </summary>
public static class Rsi
{
    public static RsiResult[] Calculate(IReadOnlyList<Bar> bars, int period = 14)
    {
        IndicatorGuard.Period(period, nameof(period), minimum: 2);
        var results = new RsiResult[bars.Count];
        var averageGain = 0.0;
        var averageLoss = 0.0;
        for (var i = 0; i < bars.Count; i++)
        {
            double? value = null;
            if (i > 0)
            {
                var change = bars[i].Close - bars[i - 1].Close;
                var gain = change > 0 ? change : 0.0;
                var loss = change < 0 ? -change : 0.0;
                if (i <= period)
                {
                    // Sums until the seed; divided once at t = period into the first (plain) averages.
                    averageGain += gain;
                    averageLoss += loss;
                    if (i == period)
                    {
                        averageGain /= period;
                        averageLoss /= period;
                        value = FromAverages(averageGain, averageLoss);
                    }
                }
                else
                {
                    averageGain = (averageGain * (period - 1) + gain) / period;
                    averageLoss = (averageLoss * (period - 1) + loss) / period;
                    value = FromAverages(averageGain, averageLoss);
                }
            }
            results[i] = new RsiResult(bars[i].Timestamp, value);
        }
        return results;
    }

    internal static double FromAverages(double averageGain, double averageLoss)
    {
        if (averageLoss == 0)
        {
            return averageGain == 0 ? 50 : 100;
        }
        return 100 - 100 / (1 + averageGain / averageLoss);
    }
}
