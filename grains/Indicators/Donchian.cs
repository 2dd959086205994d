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
        var range = new RollingRange(period);
        for (var i = 0; i < bars.Count; i++)
        {
            range.Add(bars[i].High, bars[i].Low);
            var upper = range.Highest;
            var lower = range.Lowest;
            results[i] = i >= period - 1
                ? new DonchianResult(bars[i].Timestamp, upper, (upper + lower) / 2, lower)
                : new DonchianResult(bars[i].Timestamp, null, null, null);
        }
        return results;
    }
}
