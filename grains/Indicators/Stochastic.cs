namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Slow stochastic oscillator (Lane). Definition:
/// raw %K = 100 × (close − LL) / (HH − LL), with HH/LL the highest high and lowest low of the last <c>kPeriod</c>
/// bars (valid from index <c>kPeriod - 1</c>), and raw %K = 0 when HH == LL (no range: the close is at its low);
/// %K = SMA(<c>smooth</c>) of raw %K (sums multiplied by a precomputed 1/n: two divisions fewer per bar on the hot path), first valid index <c>kPeriod + smooth - 2</c>;
/// %D = SMA(<c>dPeriod</c>) of %K, first valid index <c>kPeriod + smooth + dPeriod - 3</c>.
/// <c>smooth = 1</c> gives the fast stochastic. HH/LL come from <see cref="RollingRange"/> and both SMAs from
/// running sums (add the new value, subtract the one leaving), exactly as the incremental state computes them.
/// </summary>
public static class Stochastic
{
    public static StochasticResult[] Calculate(IReadOnlyList<Bar> bars, int kPeriod = 14, int dPeriod = 3, int smooth = 3)
    {
        Validate(kPeriod, dPeriod, smooth);
        var range = new RollingRange(kPeriod);
        var raw = new double[bars.Count];
        var k = new double[bars.Count];
        var firstRaw = kPeriod - 1;
        var firstK = firstRaw + smooth - 1;
        var firstD = firstK + dPeriod - 1;
        var rawSum = 0.0;
        var kSum = 0.0;
        var smoothReciprocal = 1.0 / smooth;
        var dReciprocal = 1.0 / dPeriod;
        var results = new StochasticResult[bars.Count];
        for (var i = 0; i < bars.Count; i++)
        {
            range.Add(bars[i].High, bars[i].Low);
            var hh = range.Highest;
            var ll = range.Lowest;
            double? kValue = null, dValue = null;
            if (i >= firstRaw)
            {
                raw[i] = RawK(bars[i].Close, hh, ll);
                rawSum += raw[i];
                if (i - smooth >= firstRaw)
                {
                    rawSum -= raw[i - smooth];
                }
                if (i >= firstK)
                {
                    k[i] = rawSum * smoothReciprocal;
                    kValue = k[i];
                    kSum += k[i];
                    if (i - dPeriod >= firstK)
                    {
                        kSum -= k[i - dPeriod];
                    }
                    if (i >= firstD)
                    {
                        dValue = kSum * dReciprocal;
                    }
                }
            }
            results[i] = new StochasticResult(bars[i].Timestamp, kValue, dValue);
        }
        return results;
    }

    internal static double RawK(double close, double highest, double lowest) =>
        highest == lowest ? 0 : 100 * (close - lowest) / (highest - lowest);

    internal static void Validate(int kPeriod, int dPeriod, int smooth)
    {
        IndicatorGuard.Period(kPeriod, nameof(kPeriod));
        IndicatorGuard.Period(dPeriod, nameof(dPeriod));
        IndicatorGuard.Period(smooth, nameof(smooth));
    }
}
