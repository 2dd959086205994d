using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.Grains.MarketData.Feeds;

/// <summary>
/// Where completed bars come from. Bars are stamped with their open time and are complete once
/// <c>timestamp + BarPeriod ≤ now</c>. Implementations: <see cref="SimulatedMarketDataFeed"/> (seeded, a pure function of
/// symbol and time), <see cref="ReplayMarketDataFeed"/> (CSV bars on a loop); a broker's realtime feed plugs in here.
/// </summary>
public interface IMarketDataFeed
{
    /// <summary>Short name for logs and health (<c>simulated</c>, <c>replay</c>).</summary>
    string Name { get; }

    /// <summary>Wall-clock time between two consecutive bars of one symbol.</summary>
    TimeSpan BarPeriod { get; }

    /// <summary>True when the feed can produce bars for <paramref name="symbol"/>.</summary>
    bool Supports(string symbol);

    /// <summary>
    /// The completed bars of <paramref name="symbol"/> strictly after <paramref name="after"/> (null: from the start of
    /// history) and complete at <paramref name="now"/>, oldest first, at most the newest <paramref name="maxBars"/>.
    /// </summary>
    ValueTask<IReadOnlyList<Bar>> GetCompletedBarsAsync(string symbol, DateTimeOffset? after, DateTimeOffset now, int maxBars, CancellationToken cancellationToken);
}
