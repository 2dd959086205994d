namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Commodity channel index (Lambert) over the typical price <c>TP = (H + L + C) / 3</c>:
/// <c>CCI = (TP − SMA) / (0.015 × MD)</c>. SMA is the mean of the last <c>period</c> TPs, kept as a running sum (add
/// the new TP, subtract the one leaving, divide by the period, as <see cref="Sma"/>); MD is their mean absolute
/// deviation from that SMA, summed oldest first. First valid index: <c>period − 1</c>.
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
        var sum = 0.0;
        for (var i = 0; i < bars.Count; i++)
        {
            var typicalPrice = TypicalPrice.Of(bars[i]);
            sum += typicalPrice;
            if (i >= period)
            {
                sum -= TypicalPrice.Of(bars[i - period]);
            }
            double? cci = null;
            if (i >= period - 1)
            {
                var mean = sum / period;
                var deviation = 0.0;
                var flat = true;
                for (var j = i - period + 1; j <= i; j++)
                {
                    var value = TypicalPrice.Of(bars[j]);
                    deviation += Math.Abs(value - mean);
                    flat &= value == typicalPrice;
                }
                cci = Value(typicalPrice, mean, flat ? 0 : deviation / period);
            }
            results[i] = new CciResult(bars[i].Timestamp, cci);
        }
        return results;
    }

    internal static double Value(double typicalPrice, double mean, double meanDeviation) =>
        meanDeviation == 0 ? 0 : (typicalPrice - mean) / (LambertConstant * meanDeviation);
}
