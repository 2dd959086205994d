using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.Grains.MarketData.Feeds;

/// <summary>
/// The default feed: bar <c>k</c> of a symbol opens at <c>UnixEpoch + k × BarPeriod</c> and its prices come from
/// <see cref="SimulatedPricePath"/>, so the bars depend only on the seed, the symbol and the time.
/// </summary>
public sealed class SimulatedMarketDataFeed(IOptions<MarketDataOptions> options) : IMarketDataFeed
{
    private readonly MarketDataOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, SimulatedPricePath> _paths = new(StringComparer.Ordinal);

    public string Name => "simulated";

    public TimeSpan BarPeriod => _options.BarPeriod;

    public bool Supports(string symbol) => !string.IsNullOrWhiteSpace(symbol);

    public ValueTask<IReadOnlyList<Bar>> GetCompletedBarsAsync(string symbol, DateTimeOffset? after, DateTimeOffset now, int maxBars, CancellationToken cancellationToken)
    {
        var path = _paths.GetOrAdd(symbol, s => new SimulatedPricePath(_options.Seed, s, _options.AnnualVolatility, _options.BarInterval));
        var range = BarClock.CompletedRange(_options.BarPeriod, DateTimeOffset.UnixEpoch, after, now, maxBars);
        var bars = new Bar[range.Count];
        for (var i = 0; i < bars.Length; i++)
        {
            var index = range.First + i;
            bars[i] = path.BarAt(index, BarClock.OpenTime(_options.BarPeriod, DateTimeOffset.UnixEpoch, index));
        }
        return ValueTask.FromResult<IReadOnlyList<Bar>>(bars);
    }
}
