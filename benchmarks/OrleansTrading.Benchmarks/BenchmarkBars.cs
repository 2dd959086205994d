using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.Benchmarks;

/// <summary>A deterministic 1,000,000-bar random walk shared by the benchmarks.</summary>
public static class BenchmarkBars
{
    public const int Count = 1_000_000;

    private static readonly Lazy<Bar[]> Cached = new(() => Generate(Count, seed: 11));

    public static Bar[] Million => Cached.Value;

    public static Bar[] Generate(int count, int seed)
    {
        var random = new Random(seed);
        var bars = new Bar[count];
        var start = new DateTimeOffset(2020, 1, 2, 14, 30, 0, TimeSpan.Zero);
        var close = 100.0;
        for (var i = 0; i < count; i++)
        {
            var open = close;
            close = open * Math.Exp((random.NextDouble() - 0.5) * 0.004);
            var high = Math.Max(open, close) * (1 + random.NextDouble() * 0.001);
            var low = Math.Min(open, close) * (1 - random.NextDouble() * 0.001);
            bars[i] = new Bar(start.AddMinutes(i), open, high, low, close, 100 + random.Next(10_000));
        }
        return bars;
    }
}
