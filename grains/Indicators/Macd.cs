namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Moving average convergence/divergence (Appel). Definition: macd = EMA(fast) − EMA(slow) of closes, each EMA as
/// <see cref="Ema.Over"/> (seeded with the SMA of its first values), so the line is valid from index
/// <c>slow - 1</c>; signal = EMA(signal) of the MACD line, seeded with the SMA of the line's first <c>signal</c>
/// values, valid from index <c>slow + signal - 2</c>; histogram = macd − signal, valid with the signal.
/// Requires <c>fast &lt; slow</c>.
/// </summary>
public static class Macd
{
    public static MacdResult[] Calculate(IReadOnlyList<Bar> bars, int fast = 12, int slow = 26, int signal = 9)
    {
        Validate(fast, slow, signal);
        var closes = new double[bars.Count];
        for (var i = 0; i < bars.Count; i++)
        {
            closes[i] = bars[i].Close;
        }
        var fastEma = Ema.Over(closes, fast);
        var slowEma = Ema.Over(closes, slow);
        // The signal EMA runs over the MACD line only from its first valid value (index slow − 1).
        var line = new double[Math.Max(0, bars.Count - (slow - 1))];
        for (var j = 0; j < line.Length; j++)
        {
            line[j] = fastEma[j + slow - 1] - slowEma[j + slow - 1];
        }
        var signalLine = Ema.Over(line, signal);
        var results = new MacdResult[bars.Count];
        for (var i = 0; i < bars.Count; i++)
        {
            double? macd = null, signalValue = null, histogram = null;
            if (i >= slow - 1)
            {
                var j = i - (slow - 1);
                macd = line[j];
                if (j >= signal - 1)
                {
                    signalValue = signalLine[j];
                    histogram = line[j] - signalLine[j];
                }
            }
            results[i] = new MacdResult(bars[i].Timestamp, macd, signalValue, histogram);
        }
        return results;
    }

    internal static void Validate(int fast, int slow, int signal)
    {
        IndicatorGuard.Period(fast, nameof(fast));
        IndicatorGuard.Period(slow, nameof(slow));
        IndicatorGuard.Period(signal, nameof(signal));
        if (fast >= slow)
        {
            throw new ArgumentException($"fast ({fast}) must be less than slow ({slow}).", nameof(fast));
        }
    }
}
