namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Williams %R: <c>−100 × (HH − C) / (HH − LL)</c>, HH and LL the highest high and lowest low of the last
/// <c>period</c> bars (<see cref="RollingRange"/>). When HH = LL (a window without range) it is −100, the same
/// choice as a stochastic raw %K of 0 (%R = %K − 100). First valid index: <c>period − 1</c>.
/// </summary>
public static class WilliamsR
{
    public static WilliamsRResult[] Calculate(IReadOnlyList<Bar> bars, int period = 14)
    {
        IndicatorGuard.Period(period, nameof(period));
        var results = new WilliamsRResult[bars.Count];
        var range = new RollingRange(period);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            range.Add(bar.High, bar.Low);
            var high = range.Highest;
            var low = range.Lowest;
            results[i] = new WilliamsRResult(bar.Timestamp, i >= period - 1 ? Value(high, low, bar.Close) : null);
        }
        return results;
    }

    internal static double Value(double highest, double lowest, double close) =>
        highest == lowest ? -100 : -100 * (highest - close) / (highest - lowest);
}
