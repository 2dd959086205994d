using Orleans.Concurrency;

namespace OrleansTrading.GrainInterfaces.Market;

/// <summary>
/// One ticker's market data (key: the ticker). Follows the silo's feed on a timer, keeps a rolling window of completed
/// bars and publishes <c>price_update</c> on the <c>prices</c> stream. Queries first catch up with the feed, so they
/// never answer with a stale window.
/// </summary>
[Alias("OrleansTrading.ISymbolGrain")]
public interface ISymbolGrain : IGrainWithStringKey
{
    /// <summary>Completed bars opening strictly after <paramref name="after"/> (null: the whole window), oldest first, at most the newest <paramref name="maxBars"/>.</summary>
    [Alias("GetBarsAsync")]
    Task<IReadOnlyList<PriceBar>> GetBarsAsync(DateTimeOffset? after, int maxBars);

    /// <summary>The last price and recent bars; null when the feed does not know the symbol.</summary>
    [Alias("GetSnapshotAsync")]
    Task<MarketDataSnapshot?> GetSnapshotAsync(int recentBars);

    /// <summary>Pulls the bars completed since the last poll from the feed and publishes their prices; returns how many were new.</summary>
    [Alias("PollAsync")]
    Task<int> PollAsync();

    /// <summary>
    /// Asks to be told, by <see cref="Bots.IBotGrain.OnBarClosedAsync"/>, the moment each bar completes. Idempotent;
    /// subscriptions live as long as this activation, so running bots renew them on every cycle.
    /// </summary>
    [OneWay, Alias("SubscribeBarsAsync")]
    Task SubscribeBarsAsync(string botId);

    [OneWay, Alias("UnsubscribeBarsAsync")]
    Task UnsubscribeBarsAsync(string botId);
}
