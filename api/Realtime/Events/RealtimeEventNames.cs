namespace OrleansTrading.Api.Realtime.Events;

/// <summary>The event names the dashboard's socket.io client listens for (seed 002, Phase 8), plus our extension.</summary>
public static class RealtimeEventNames
{
    public const string TradeExecuted = "trade_executed";
    public const string PositionUpdated = "position_updated";
    public const string BotStatusChanged = "bot_status_changed";
    public const string PriceUpdate = "price_update";
    public const string MarketStatusChanged = "market_status_changed";

    /// <summary>An extension (not in seed 002): alerts raised by bots and the kill switch.</summary>
    public const string AlertRaised = "alert_raised";
}
