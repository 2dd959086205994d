using System.Text.Json.Serialization;

namespace OrleansTrading.Grains.Bots.Validation;

/// <summary>The <c>risk_management</c> object as received; missing fields stay null so they can be reported by name.</summary>
public sealed record RiskManagementForm
{
    [JsonPropertyName("stop_loss")] public decimal? StopLoss { get; init; }
    [JsonPropertyName("take_profit")] public decimal? TakeProfit { get; init; }
    [JsonPropertyName("max_position_size")] public decimal? MaxPositionSize { get; init; }
    [JsonPropertyName("max_daily_loss")] public decimal? MaxDailyLoss { get; init; }
    [JsonPropertyName("max_concurrent_positions")] public int? MaxConcurrentPositions { get; init; }
    [JsonPropertyName("max_symbol_notional")] public decimal? MaxSymbolNotional { get; init; }
    [JsonPropertyName("max_gross_exposure")] public decimal? MaxGrossExposure { get; init; }
    [JsonPropertyName("max_drawdown")] public decimal? MaxDrawdown { get; init; }
}
