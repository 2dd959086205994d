using System.Text.Json.Serialization;
using OrleansTrading.GrainInterfaces.Trades;

namespace OrleansTrading.GrainInterfaces.Orders;

/// <summary>
/// An order as the broker knows it. Keyed by <see cref="ClientOrderId"/>, which the bot derives from (bot, symbol,
/// bar time, side): submitting the same id again returns this record instead of placing a second order.
/// </summary>
[GenerateSerializer, Immutable, Alias("OrleansTrading.OrderRecord")]
public sealed record OrderRecord
{
    [Id(0), JsonPropertyName("client_order_id")] public required string ClientOrderId { get; init; }
    [Id(1), JsonPropertyName("bot_id")] public required string BotId { get; init; }
    [Id(2), JsonPropertyName("symbol")] public required string Symbol { get; init; }
    [Id(3), JsonPropertyName("side")] public required TradeSide Side { get; init; }
    [Id(4), JsonPropertyName("order_type")] public required OrderKind OrderType { get; init; }
    [Id(5), JsonPropertyName("quantity")] public required int Quantity { get; init; }
    [Id(6), JsonPropertyName("limit_price")] public decimal? LimitPrice { get; init; }
    [Id(7), JsonPropertyName("stop_price")] public decimal? StopPrice { get; init; }
    [Id(8), JsonPropertyName("time_in_force")] public required string TimeInForce { get; init; }
    [Id(9), JsonPropertyName("status")] public required OrderState Status { get; init; }
    [Id(10), JsonPropertyName("broker_order_id")] public string? BrokerOrderId { get; init; }
    [Id(11), JsonPropertyName("filled_quantity")] public required int FilledQuantity { get; init; }
    [Id(12), JsonPropertyName("avg_fill_price")] public decimal? AverageFillPrice { get; init; }
    [Id(13), JsonPropertyName("submitted_at")] public required DateTimeOffset SubmittedAt { get; init; }
    [Id(14), JsonPropertyName("updated_at")] public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>True once the order can change no more.</summary>
    [JsonIgnore]
    public bool IsFinal => Status is OrderState.Filled or OrderState.Cancelled or OrderState.Rejected or OrderState.Expired;
}
