namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Commodity channel index (Lambert) over the typical price <c>TP = (H + L + C) / 3</c>:
/// <c>CCI = (TP − SMA) / (0.015 × MD)</c>. SMA is the mean of the last <c>period</c> TPs, kept as a running sum (add
/// the new TP, subtract the one leaving, divide by the period, as <see cref="Sma"/>); MD is their mean absolute
/// deviation from that SMA (<see cref="SumOfAbsoluteDeviations"/>: four interleaved partial sums, so the O(period)
/// scan is not one long chain of dependent additions). First valid index: <c>period − 1</c>.
/// CCI is 0 when MD = 0, i.e. when every TP in the window is equal. That case is detected by comparing the TPs, not
/// by testing the computed MD: the SMA of equal values can differ from them by rounding, which would leave a
/// noise-sized MD and a CCI of ±66.7 for a flat window.
/// </summary>
public static class Cci
{
    private const double LambertConstant = 0.015;

    public static CciResult[] Calculate(IReadOnlyList<Bar> bars, int period = 20)
    {
        IndicatorGuard.Period(period, nameof(period));
        var results = new CciResult[bars.Count];
        var typicalPrices = new double[bars.Count];
        var sum = 0.0;
        for (var i = 0; i < bars.Count; i++)
        {
            var typicalPrice = TypicalPrice.Of(bars[i]);
            typicalPrices[i] = typicalPrice;
            sum += typicalPrice;
            if (i >= period)
            {
                sum -= typicalPrices[i - period];
            }
            double? cci = null;
            if (i >= period - 1)
            {
                var mean = sum / period;
                var deviation = SumOfAbsoluteDeviations(typicalPrices.AsSpan(i - period + 1, period), mean, out var flat);
                cci = Value(typicalPrice, mean, flat ? 0 : deviation / period);
            }
            results[i] = new CciResult(bars[i].Timestamp, cci);
        }
        return results;
    }

    /// <summary>
    /// Σ |x − mean| over <paramref name="window"/> (oldest first) in four interleaved partial sums, and whether every
    /// value equals the newest (a flat window).
    /// </summary>
    internal static double SumOfAbsoluteDeviations(ReadOnlySpan<double> window, double mean, out bool flat)
    {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        var newest = window[^1];
        var equal = true;
        var j = 0;
        for (; j + 3 < window.Length; j += 4)
        {
            double a = window[j], b = window[j + 1], c = window[j + 2], d = window[j + 3];
            s0 += Math.Abs(a - mean);
            s1 += Math.Abs(b - mean);
            s2 += Math.Abs(c - mean);
            s3 += Math.Abs(d - mean);
            equal &= a == newest & b == newest & c == newest & d == newest;
        }
        for (; j < window.Length; j++)
        {
            s0 += Math.Abs(window[j] - mean);
            equal &= window[j] == newest;
        }
        flat = equal;
        return (s0 + s1) + (s2 + s3);
    }

    internal static double Value(double typicalPrice, double mean, double meanDeviation) =>
        meanDeviation == 0 ? 0 : (typicalPrice - mean) / (LambertConstant * meanDeviation);
}
