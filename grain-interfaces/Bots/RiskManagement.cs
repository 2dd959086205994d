using System.Text.Json.Serialization;

namespace OrleansTrading.GrainInterfaces.Bots;

/// <summary>Per-bot risk rules. Percentages are of the bot's capital (or of the entry price for stop/target), in (0, 100].</summary>
[GenerateSerializer, Immutable, Alias("OrleansTrading.RiskManagement")]
public sealed record RiskManagement(
    [property: Id(0), JsonPropertyName("stop_loss")] decimal StopLoss,
    [property: Id(1), JsonPropertyName("take_profit")] decimal TakeProfit,
    [property: Id(2), JsonPropertyName("max_position_size")] decimal MaxPositionSize,
    [property: Id(3), JsonPropertyName("max_daily_loss")] decimal MaxDailyLoss,
    [property: Id(4), JsonPropertyName("max_concurrent_positions")] int? MaxConcurrentPositions);
