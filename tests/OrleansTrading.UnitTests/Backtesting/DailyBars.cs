using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Backtesting;

/// <summary>Builds daily bars (midnight UTC on consecutive days from 2024-01-01) from OHLC tuples.</summary>
internal static class DailyBars
{
    public static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static Bar[] From(params (double Open, double High, double Low, double Close)[] ohlc) =>
        ohlc.Select((b, i) => new Bar(Start.AddDays(i), b.Open, b.High, b.Low, b.Close, 1_000)).ToArray();

    /// <summary>A deterministic random walk with valid OHLC (high ≥ max(open, close), low ≤ min(open, close)).</summary>
    public static Bar[] RandomWalk(int count, int seed, DateTimeOffset? start = null, TimeSpan? spacing = null)
    {
        var random = new Random(seed);
        var bars = new Bar[count];
        var close = 100.0;
        for (var i = 0; i < count; i++)
        {
            var open = close * Math.Exp((random.NextDouble() - 0.5) * 0.01);
            close = open * Math.Exp((random.NextDouble() - 0.5) * 0.04);
            var high = Math.Max(open, close) * (1 + random.NextDouble() * 0.01);
            var low = Math.Min(open, close) * (1 - random.NextDouble() * 0.01);
            bars[i] = new Bar((start ?? Start) + (spacing ?? TimeSpan.FromDays(1)) * i, open, high, low, close, 1_000 + random.Next(9_000));
        }
        return bars;
    }
}
