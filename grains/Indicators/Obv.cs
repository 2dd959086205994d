namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// On-balance volume (Granville). Definition: a running total that starts at 0 on the first bar (first valid index
/// 0); on each later bar the bar's volume is added when the close rose, subtracted when it fell, and the total is
/// unchanged when the close is equal. Only its changes carry meaning: the level depends on where the series starts.
/// </summary>
public static class Obv
{
    public static ObvResult[] Calculate(IReadOnlyList<Bar> bars)
    {
        var results = new ObvResult[bars.Count];
        var obv = 0.0;
        for (var i = 0; i < bars.Count; i++)
        {
            if (i > 0)
            {
                obv = Next(obv, bars[i - 1].Close, bars[i].Close, bars[i].Volume);
            }
            results[i] = new ObvResult(bars[i].Timestamp, obv);
        }
        return results;
    }

    internal static double Next(double obv, double previousClose, double close, double volume)
    {
        if (close > previousClose)
        {
            return obv + volume;
        }
        return close < previousClose ? obv - volume : obv;
    }
}
