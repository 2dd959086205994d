using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Indicators;

/// <summary>Bar series for indicator tests.</summary>
internal static class TestBars
{
    private static readonly DateTimeOffset Start = new(2024, 1, 2, 14, 30, 0, TimeSpan.Zero);

    /// <summary>Bars from closes only (open = high = low = close, volume 1000), one minute apart.</summary>
    public static Bar[] FromCloses(params double[] closes) =>
        closes.Select((c, i) => new Bar(Start.AddMinutes(i), c, c, c, c, 1000)).ToArray();

    /// <summary>Bars from (high, low, close) triples, open = previous close.</summary>
    public static Bar[] FromHighLowClose(params (double High, double Low, double Close)[] rows) =>
        rows.Select((r, i) => new Bar(Start.AddDays(i), i == 0 ? r.Close : rows[i - 1].Close, r.High, r.Low, r.Close, 1000)).ToArray();

    /// <summary>
    /// A seeded geometric random walk with consistent OHLC (low ≤ open, close ≤ high), occasional flat bars and
    /// zero-volume bars, so edge cases (equal highs and lows, unchanged closes) occur in long runs.
    /// </summary>
    public static Bar[] Random(int count, int seed = 42, TimeSpan? interval = null)
    {
        var random = new System.Random(seed);
        var step = interval ?? TimeSpan.FromMinutes(1);
        var bars = new Bar[count];
        var close = 100.0;
        for (var i = 0; i < count; i++)
        {
            var open = close;
            var flat = random.Next(50) == 0;
            close = flat ? open : Math.Max(0.01, open * Math.Exp((random.NextDouble() - 0.5) * 0.02));
            var high = Math.Max(open, close) * (flat ? 1 : 1 + random.NextDouble() * 0.005);
            var low = Math.Min(open, close) * (flat ? 1 : 1 - random.NextDouble() * 0.005);
            var volume = random.Next(20) == 0 ? 0 : Math.Round(1000 + random.NextDouble() * 9000);
            bars[i] = new Bar(Start + step * i, open, high, low, close, volume);
        }
        return bars;
    }
}
