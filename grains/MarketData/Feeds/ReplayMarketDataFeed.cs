using System.Collections.Frozen;
using Microsoft.Extensions.Options;
using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.Grains.MarketData.Feeds;

/// <summary>
/// Plays recorded bars (<c>SYMBOL.csv</c> in <see cref="MarketDataOptions.ReplayDirectory"/>) as if live: bar
/// <c>k</c> opens at <c>ReplayStart + k × BarPeriod</c> and carries the prices of file row <c>k mod rows</c>, so the
/// recording loops forever and every silo plays the same row at the same instant. The files are read once, at start.
/// </summary>
public sealed class ReplayMarketDataFeed : IMarketDataFeed
{
    private readonly MarketDataOptions _options;
    private readonly FrozenDictionary<string, Bar[]> _recordings;

    public ReplayMarketDataFeed(IOptions<MarketDataOptions> options)
    {
        _options = options.Value;
        var directory = _options.ReplayDirectory;
        if (string.IsNullOrWhiteSpace(directory) || !Directory.Exists(directory))
        {
            throw new InvalidOperationException($"MarketData:ReplayDirectory '{directory}' does not exist; the Replay feed needs a directory of SYMBOL.csv files.");
        }
        _recordings = Directory.EnumerateFiles(directory, "*.csv")
            .ToFrozenDictionary(
                file => Path.GetFileNameWithoutExtension(file).ToUpperInvariant(),
                file => BarCsvReader.ReadFile(file).Select(r => r.Bar).ToArray(),
                StringComparer.Ordinal);
    }

    public string Name => "replay";

    public TimeSpan BarPeriod => _options.BarPeriod;

    /// <summary>The symbols with a recording.</summary>
    public IEnumerable<string> Symbols => _recordings.Keys;

    public bool Supports(string symbol) => _recordings.TryGetValue(symbol, out var bars) && bars.Length > 0;

    public ValueTask<IReadOnlyList<Bar>> GetCompletedBarsAsync(string symbol, DateTimeOffset? after, DateTimeOffset now, int maxBars, CancellationToken cancellationToken)
    {
        if (!_recordings.TryGetValue(symbol, out var recording) || recording.Length == 0)
        {
            throw new KeyNotFoundException($"The replay feed has no recording for '{symbol}'.");
        }
        var range = BarClock.CompletedRange(_options.BarPeriod, _options.ReplayStart, after, now, maxBars);
        var first = Math.Max(range.First, 0);
        var count = (int)Math.Max(0, range.First + range.Count - first);
        var bars = new Bar[count];
        for (var i = 0; i < count; i++)
        {
            var index = first + i;
            var row = recording[index % recording.Length];
            bars[i] = row with { Timestamp = BarClock.OpenTime(_options.BarPeriod, _options.ReplayStart, index) };
        }
        return ValueTask.FromResult<IReadOnlyList<Bar>>(bars);
    }
}
