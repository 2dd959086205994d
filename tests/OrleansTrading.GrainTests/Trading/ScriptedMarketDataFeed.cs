using System.Collections.Concurrent;
using OrleansTrading.Grains.Indicators;
using OrleansTrading.Grains.MarketData.Feeds;

namespace OrleansTrading.GrainTests.Trading;

/// <summary>
/// A feed whose bars the test writes: a symbol has exactly the bars added to it, each complete once the fake clock
/// passes its open time + one minute. A failing symbol throws, as a broken data source would.
/// </summary>
public sealed class ScriptedMarketDataFeed : IMarketDataFeed
{
    private readonly ConcurrentDictionary<string, List<Bar>> _bars = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _failing = new(StringComparer.Ordinal);

    public string Name => "scripted";

    public TimeSpan BarPeriod => TimeSpan.FromMinutes(1);

    public bool Supports(string symbol) => _bars.ContainsKey(symbol) || _failing.ContainsKey(symbol);

    /// <summary>Adds a flat-ranged bar (open = previous close) opening at <paramref name="openTime"/>.</summary>
    public void Add(string symbol, DateTimeOffset openTime, double close)
    {
        var bars = _bars.GetOrAdd(symbol, _ => []);
        lock (bars)
        {
            var open = bars.Count == 0 ? close : bars[^1].Close;
            bars.Add(new Bar(openTime, open, Math.Max(open, close), Math.Min(open, close), close, 1_000_000));
        }
    }

    public void Fail(string symbol) => _failing[symbol] = true;

    public ValueTask<IReadOnlyList<Bar>> GetCompletedBarsAsync(string symbol, DateTimeOffset? after, DateTimeOffset now, int maxBars, CancellationToken cancellationToken)
    {
        if (_failing.ContainsKey(symbol))
        {
            throw new InvalidOperationException($"Scripted feed failure for {symbol}.");
        }
        if (!_bars.TryGetValue(symbol, out var bars))
        {
            return ValueTask.FromResult<IReadOnlyList<Bar>>([]);
        }
        lock (bars)
        {
            IReadOnlyList<Bar> complete = bars
                .Where(b => (after is null || b.Timestamp > after) && b.Timestamp + BarPeriod <= now)
                .TakeLast(maxBars)
                .ToArray();
            return ValueTask.FromResult(complete);
        }
    }
}
