using System.Text.Json.Serialization;

namespace OrleansTrading.GrainInterfaces.Positions;

/// <summary>
/// The dashboard's <c>Position</c>: one holding of a bot in a symbol, from its opening fill to its closing fill.
/// A bot's later re-entry into the same symbol is a new position with a new id.
/// </summary>
[GenerateSerializer, Immutable, Alias("OrleansTrading.Position")]
public sealed record Position
{
    [Id(0), JsonPropertyName("id")] public required string Id { get; init; }
    [Id(1), JsonPropertyName("bot_id")] public required string BotId { get; init; }
    [Id(2), JsonPropertyName("symbol")] public required string Symbol { get; init; }
    [Id(3), JsonPropertyName("quantity")] public required int Quantity { get; init; }
    [Id(4), JsonPropertyName("entry_price")] public required decimal EntryPrice { get; init; }
    [Id(5), JsonPropertyName("current_price")] public required decimal CurrentPrice { get; init; }
    [Id(6), JsonPropertyName("stop_loss_price")] public decimal? StopLossPrice { get; init; }
    [Id(7), JsonPropertyName("take_profit_price")] public decimal? TakeProfitPrice { get; init; }
    [Id(8), JsonPropertyName("unrealized_pnl")] public required decimal UnrealizedPnl { get; init; }
    [Id(9), JsonPropertyName("realized_pnl")] public required decimal RealizedPnl { get; init; }
    [Id(10), JsonPropertyName("opened_at")] public required DateTimeOffset OpenedAt { get; init; }
    [Id(11), JsonPropertyName("closed_at")] public DateTimeOffset? ClosedAt { get; init; }
    [Id(12), JsonPropertyName("is_open")] public required bool IsOpen { get; init; }
}
