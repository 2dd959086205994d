using System.Text.Json.Serialization;
using OrleansTrading.GrainInterfaces.Json;

namespace OrleansTrading.GrainInterfaces.Trades;

/// <summary>The dashboard's <c>Trade</c>: one execution by a bot. <c>profit_loss</c> is set on closing sells only.</summary>
[GenerateSerializer, Immutable, Alias("OrleansTrading.Trade")]
public sealed record Trade
{
    [Id(0), JsonPropertyName("id")] public required string Id { get; init; }
    [Id(1), JsonPropertyName("bot_id")] public required string BotId { get; init; }
    [Id(2), JsonPropertyName("symbol")] public required string Symbol { get; init; }
    [Id(3), JsonPropertyName("type")] public required TradeSide Type { get; init; }
    [Id(4), JsonPropertyName("quantity")] public required int Quantity { get; init; }
    [Id(5), JsonPropertyName("price")] public required decimal Price { get; init; }
    [Id(6), JsonPropertyName("timestamp")] public required DateTimeOffset Timestamp { get; init; }

    /// <summary>Indicator values and votes at decision time, as a JSON object (null when the trade was manual).</summary>
    [Id(7), JsonPropertyName("indicators_snapshot"), JsonConverter(typeof(RawJsonStringConverter))]
    public string? IndicatorsSnapshot { get; init; }

    [Id(8), JsonPropertyName("profit_loss")] public decimal? ProfitLoss { get; init; }
    [Id(9), JsonPropertyName("order_id")] public string? OrderId { get; init; }
    [Id(10), JsonPropertyName("status")] public required TradeStatus Status { get; init; }
    [Id(11), JsonPropertyName("commission")] public decimal? Commission { get; init; }
    [Id(12), JsonPropertyName("slippage")] public decimal? Slippage { get; init; }
}
