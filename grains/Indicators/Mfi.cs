namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Money flow index (Quong and Soudack). Typical price <c>TP = (H + L + C) / 3</c>, raw money flow <c>TP × V</c>. From
/// the second bar the flow is positive when TP rose, negative when it fell, neither when it is unchanged.
/// <c>MFI = 100 − 100 / (1 + Σpos / Σneg)</c> over the last <c>period</c> flows (running sums, see
/// <see cref="RollingSum"/>). When Σneg = 0 it is 100, and 50 when both are 0 (no movement or no volume: neutral
/// rather than undefined). First valid index: <c>period</c>.
/// </summary>
public static class Mfi
{
    public static MfiResult[] Calculate(IReadOnlyList<Bar> bars, int period = 14)
    {
        IndicatorGuard.Period(period, nameof(period));
        var results = new MfiResult[bars.Count];
        var positive = new RollingSum(period);
        var negative = new RollingSum(period);
        var previous = double.NaN;
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var typicalPrice = TypicalPrice.Of(bar);
            if (i > 0)
            {
                var flow = typicalPrice * bar.Volume;
                positive.Add(typicalPrice > previous ? flow : 0);
                negative.Add(typicalPrice < previous ? flow : 0);
            }
            previous = typicalPrice;
            results[i] = new MfiResult(bar.Timestamp, positive.IsFull ? Value(positive.Sum, negative.Sum) : null);
        }
        return results;
    }

    internal static double Value(double positive, double negative)
    {
        if (negative == 0)
        {
            return positive == 0 ? 50 : 100;
        }
        return 100 - 100 / (1 + positive / negative);
    }
}
