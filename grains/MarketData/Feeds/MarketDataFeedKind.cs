namespace OrleansTrading.Grains.MarketData.Feeds;

/// <summary>The market-data feeds a silo can run.</summary>
public enum MarketDataFeedKind
{
    Simulated = 0,
    Replay = 1,
}
