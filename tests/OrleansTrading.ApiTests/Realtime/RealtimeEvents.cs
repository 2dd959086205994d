using OrleansTrading.Api.Realtime.Events;
using OrleansTrading.GrainInterfaces.Json;
using OrleansTrading.GrainInterfaces.Market;
using OrleansTrading.GrainInterfaces.Positions;
using OrleansTrading.GrainInterfaces.Trades;

namespace OrleansTrading.ApiTests.Realtime;

/// <summary>Small realtime events for queue and hub tests, each told apart by an id or a symbol.</summary>
internal static class RealtimeEvents
{
    public static readonly DateTimeOffset At = new(2026, 1, 2, 15, 4, 5, TimeSpan.Zero);

    public static RealtimeEvent Price(string symbol, decimal price = 100m) =>
        RealtimeEvent.Create(RealtimeEventNames.PriceUpdate, new PriceUpdate { Symbol = symbol, Price = price, Timestamp = At }, isDroppable: true, TradingJson.Options);

    public static RealtimeEvent Trade(string id, string? indicatorsSnapshot = null) =>
        RealtimeEvent.Create(RealtimeEventNames.TradeExecuted, SampleTrade(id, indicatorsSnapshot), isDroppable: false, TradingJson.Options);

    public static RealtimeEvent Position(string id) => RealtimeEvent.Create(RealtimeEventNames.PositionUpdated, new Position
    {
        Id = id,
        BotId = "bot-1",
        Symbol = "AAA",
        Quantity = 10,
        EntryPrice = 100m,
        CurrentPrice = 101m,
        UnrealizedPnl = 10m,
        RealizedPnl = 0m,
        OpenedAt = At,
        IsOpen = true,
    }, isDroppable: false, TradingJson.Options);

    public static Trade SampleTrade(string id, string? indicatorsSnapshot = null) => new()
    {
        Id = id,
        BotId = "bot-1",
        Symbol = "AAA",
        Type = TradeSide.Buy,
        Quantity = 10,
        Price = 101.25m,
        Timestamp = At,
        IndicatorsSnapshot = indicatorsSnapshot,
        Status = TradeStatus.Filled,
    };
}
