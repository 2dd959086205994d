using Orleans.Streams;
using OrleansTrading.GrainInterfaces.Alerts;
using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.GrainInterfaces.Market;
using OrleansTrading.GrainInterfaces.Positions;
using OrleansTrading.GrainInterfaces.Streams;
using OrleansTrading.GrainInterfaces.Trades;

namespace OrleansTrading.Grains.Streams;

/// <summary>
/// Publishes the platform's events. Each goes to its namespace's <see cref="StreamKeys.All"/> stream (what the api
/// forwards to dashboards); price updates also go to the symbol's own stream, which position grains follow.
/// </summary>
public static class TradingEvents
{
    public static Task PriceAsync(IStreamProvider streams, PriceUpdate update) => Task.WhenAll(
        streams.GetStream<PriceUpdate>(StreamId.Create(StreamNames.Prices, update.Symbol)).OnNextAsync(update),
        streams.GetStream<PriceUpdate>(StreamId.Create(StreamNames.Prices, StreamKeys.All)).OnNextAsync(update));

    public static Task TradeAsync(IStreamProvider streams, Trade trade) =>
        streams.GetStream<Trade>(StreamId.Create(StreamNames.Trades, StreamKeys.All)).OnNextAsync(trade);

    public static Task PositionAsync(IStreamProvider streams, Position position) =>
        streams.GetStream<Position>(StreamId.Create(StreamNames.Positions, StreamKeys.All)).OnNextAsync(position);

    public static Task BotStatusAsync(IStreamProvider streams, BotStatusChanged change) =>
        streams.GetStream<BotStatusChanged>(StreamId.Create(StreamNames.Bots, StreamKeys.All)).OnNextAsync(change);

    public static Task MarketStatusAsync(IStreamProvider streams, MarketStatus status) =>
        streams.GetStream<MarketStatus>(StreamId.Create(StreamNames.Market, StreamKeys.All)).OnNextAsync(status);

    public static Task AlertAsync(IStreamProvider streams, Alert alert) =>
        streams.GetStream<Alert>(StreamId.Create(StreamNames.Alerts, StreamKeys.All)).OnNextAsync(alert);

    /// <summary>The stream a position grain follows for its symbol's prices.</summary>
    public static IAsyncStream<PriceUpdate> SymbolPrices(IStreamProvider streams, string symbol) =>
        streams.GetStream<PriceUpdate>(StreamId.Create(StreamNames.Prices, symbol));
}
