namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Volume-weighted average price: <c>Σ TP × V / Σ V</c> with the typical price <c>TP = (H + L + C) / 3</c>,
/// accumulated from the start of the series or, for intraday bars, of the session: the sums restart at the first bar
/// of each America/New_York calendar date (<see cref="NewYorkSessions"/>). <c>sessionReset</c> chooses:
/// true = restart each New York date, false = never, null = auto, decided once from the first two bars (intraday when
/// the second is less than one day after the first), so the batch and the incremental state always agree.
/// While <c>Σ V = 0</c> there is no value; otherwise the first valid index is 0.
/// </summary>
public static class Vwap
{
    public static VwapResult[] Calculate(IReadOnlyList<Bar> bars, bool? sessionReset = null)
    {
        var results = new VwapResult[bars.Count];
        var resets = sessionReset ?? (bars.Count >= 2 && IsIntraday(bars[0].Timestamp, bars[1].Timestamp));
        var sessions = new NewYorkSessions();
        var priceVolume = 0.0;
        var volume = 0.0;
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            if (resets && sessions.IsNewSession(bar.Timestamp))
            {
                priceVolume = 0;
                volume = 0;
            }
            priceVolume += TypicalPrice.Of(bar) * bar.Volume;
            volume += bar.Volume;
            results[i] = new VwapResult(bar.Timestamp, volume > 0 ? priceVolume / volume : null);
        }
        return results;
    }

    /// <summary>The auto rule: bars less than a day apart are intraday and reset each session.</summary>
    public static bool IsIntraday(DateTimeOffset first, DateTimeOffset second) => second - first < TimeSpan.FromDays(1);
}
