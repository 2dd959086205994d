using System.Text.Json.Serialization;

namespace OrleansTrading.Api.Dashboard;

/// <summary>The dashboard's <c>SummaryStats</c> (snake_case, as seed 002 §3 and §7.2 give it).</summary>
public sealed record SummaryStats
{
    [JsonPropertyName("total_pnl")] public required decimal TotalPnl { get; init; }
    [JsonPropertyName("pnl_percentage")] public required decimal PnlPercentage { get; init; }
    [JsonPropertyName("active_bots")] public required int ActiveBots { get; init; }
    [JsonPropertyName("paused_bots")] public required int PausedBots { get; init; }
    [JsonPropertyName("stopped_bots")] public required int StoppedBots { get; init; }
    [JsonPropertyName("open_positions")] public required long OpenPositions { get; init; }
    [JsonPropertyName("positions_value")] public required decimal PositionsValue { get; init; }
    [JsonPropertyName("total_trades_today")] public required long TotalTradesToday { get; init; }
    [JsonPropertyName("win_rate")] public required decimal WinRate { get; init; }
}
