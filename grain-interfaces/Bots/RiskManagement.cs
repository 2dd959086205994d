using System.Text.Json.Serialization;

namespace OrleansTrading.GrainInterfaces.Bots;

/// <summary>
/// Per-bot risk rules. Percentages are 0–100 of the bot's capital (stop and target: of the entry price). The last
/// three are optional extensions of the dashboard's shape and are omitted from JSON when not set.
/// </summary>
[GenerateSerializer, Immutable, Alias("OrleansTrading.RiskManagement")]
public sealed record RiskManagement(
    [property: Id(0), JsonPropertyName("stop_loss")] decimal StopLoss,
    [property: Id(1), JsonPropertyName("take_profit")] decimal TakeProfit,
    [property: Id(2), JsonPropertyName("max_position_size")] decimal MaxPositionSize,
    [property: Id(3), JsonPropertyName("max_daily_loss")] decimal MaxDailyLoss,
    [property: Id(4), JsonPropertyName("max_concurrent_positions")] int? MaxConcurrentPositions,
    [property: Id(5), JsonPropertyName("max_symbol_notional"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? MaxSymbolNotional = null,
    [property: Id(6), JsonPropertyName("max_gross_exposure"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? MaxGrossExposure = null,
    [property: Id(7), JsonPropertyName("max_drawdown"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? MaxDrawdown = null);
