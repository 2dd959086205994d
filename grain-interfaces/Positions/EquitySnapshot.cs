using System.Text.Json.Serialization;

namespace OrleansTrading.GrainInterfaces.Positions;

/// <summary>A bot's equity at one instant: cash plus the market value of its open positions. Unique per (bot, timestamp).</summary>
[GenerateSerializer, Immutable, Alias("OrleansTrading.EquitySnapshot")]
public sealed record EquitySnapshot
{
    [Id(0), JsonPropertyName("bot_id")] public required string BotId { get; init; }
    [Id(1), JsonPropertyName("timestamp")] public required DateTimeOffset Timestamp { get; init; }
    [Id(2), JsonPropertyName("equity")] public required decimal Equity { get; init; }
    [Id(3), JsonPropertyName("cash")] public required decimal Cash { get; init; }
    [Id(4), JsonPropertyName("positions_value")] public required decimal PositionsValue { get; init; }
}
