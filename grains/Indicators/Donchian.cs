namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Donchian channels: upper = highest high and lower = lowest low of the last <c>period</c> bars (the current bar
/// included), middle = <c>(upper + lower) / 2</c>. First valid index: <c>period − 1</c>.
/// </summary>
public static class Donchian
{
    public static DonchianResult[] Calculate(IReadOnlyList<Bar> bars, int period = 20)
    {
        IndicatorGuard.Period(period, nameof(period));
        var results = new DonchianResult[bars.Count];
        var highest = RollingExtremum.Max(period);
        var lowest = RollingExtremum.Min(period);
        for (var i = 0; i < bars.Count; i++)
        {
            var upper = highest.Add(bars[i].High);
            var lower = lowest.Add(bars[i].Low);
            results[i] = i >= period - 1
                ? new DonchianResult(bars[i].Timestamp, upper, (upper + lower) / 2, lower)
                : new DonchianResult(bars[i].Timestamp, null, null, null);
        }
        return results;
    }
}
