namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Average directional index with the directional indicators (Wilder). From the second bar (t ≥ 1):
/// <c>+DM = H_t − H_{t−1}</c> when that exceeds <c>L_{t−1} − L_t</c> and is positive, else 0; <c>−DM</c> symmetric;
/// TR as in <see cref="TrueRange"/>. TR, +DM and −DM are smoothed with a <see cref="SeededSmoother"/> Wilder sum (first value = the
/// sum of t = 1..period, then <c>S − S / period + x</c>). <c>+DI = 100 × S(+DM) / S(TR)</c>, <c>−DI</c> likewise
/// (0 when S(TR) = 0), valid from index <c>period</c>. <c>DX = 100 × |+DI − −DI| / (+DI + −DI)</c> (0 when the sum
/// is 0). ADX is a <see cref="SeededSmoother"/> Wilder average of DX: the mean of the first <c>period</c> DX values, then
/// <c>(ADX × (period − 1) + DX) / period</c>; first valid index <c>2 × period − 1</c>.
/// </summary>
public static class Adx
{
    public static AdxResult[] Calculate(IReadOnlyList<Bar> bars, int period = 14)
    {
        IndicatorGuard.Period(period, nameof(period));
        var results = new AdxResult[bars.Count];
        var trueRange = SeededSmoother.WilderSum(period);
        var plusDm = SeededSmoother.WilderSum(period);
        var minusDm = SeededSmoother.WilderSum(period);
        var adx = SeededSmoother.WilderAverage(period);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            double? adxValue = null, plusDi = null, minusDi = null;
            if (i > 0)
            {
                var previous = bars[i - 1];
                trueRange.Add(TrueRange.Of(bar.High, bar.Low, previous.Close));
                plusDm.Add(PlusMovement(bar.High, bar.Low, previous.High, previous.Low));
                minusDm.Add(MinusMovement(bar.High, bar.Low, previous.High, previous.Low));
                if (trueRange.IsReady)
                {
                    var plus = DirectionalIndicator(plusDm.Value, trueRange.Value);
                    var minus = DirectionalIndicator(minusDm.Value, trueRange.Value);
                    adx.Add(DirectionalIndex(plus, minus));
                    plusDi = plus;
                    minusDi = minus;
                    if (adx.IsReady)
                    {
                        adxValue = adx.Value;
                    }
                }
            }
            results[i] = new AdxResult(bar.Timestamp, adxValue, plusDi, minusDi);
        }
        return results;
    }

    internal static double PlusMovement(double high, double low, double previousHigh, double previousLow)
    {
        var up = high - previousHigh;
        var down = previousLow - low;
        return up > down && up > 0 ? up : 0;
    }

    internal static double MinusMovement(double high, double low, double previousHigh, double previousLow)
    {
        var up = high - previousHigh;
        var down = previousLow - low;
        return down > up && down > 0 ? down : 0;
    }

    internal static double DirectionalIndicator(double smoothedMovement, double smoothedTrueRange) =>
        smoothedTrueRange == 0 ? 0 : 100 * smoothedMovement / smoothedTrueRange;

    internal static double DirectionalIndex(double plusDi, double minusDi)
    {
        var sum = plusDi + minusDi;
        return sum == 0 ? 0 : 100 * Math.Abs(plusDi - minusDi) / sum;
    }
}
