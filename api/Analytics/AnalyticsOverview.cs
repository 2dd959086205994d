using System.Text.Json.Serialization;

namespace OrleansTrading.Api.Analytics;

/// <summary>The dashboard's <c>AnalyticsOverview</c>: the 16 fields of seed 002, defined in README "Dashboard API".</summary>
public sealed record AnalyticsOverview
{
    [JsonPropertyName("totalPnL")] public required decimal TotalPnL { get; init; }
    [JsonPropertyName("totalPnLPercentage")] public required decimal TotalPnLPercentage { get; init; }
    [JsonPropertyName("winRate")] public required decimal WinRate { get; init; }
    [JsonPropertyName("totalTrades")] public required long TotalTrades { get; init; }
    [JsonPropertyName("winningTrades")] public required long WinningTrades { get; init; }
    [JsonPropertyName("losingTrades")] public required long LosingTrades { get; init; }
    [JsonPropertyName("sharpeRatio")] public required double SharpeRatio { get; init; }
    [JsonPropertyName("profitFactor")] public required decimal ProfitFactor { get; init; }
    [JsonPropertyName("maxDrawdown")] public required decimal MaxDrawdown { get; init; }
    [JsonPropertyName("maxDrawdownPercentage")] public required double MaxDrawdownPercentage { get; init; }
    [JsonPropertyName("avgTradeReturn")] public required decimal AvgTradeReturn { get; init; }
    [JsonPropertyName("avgWin")] public required decimal AvgWin { get; init; }
    [JsonPropertyName("avgLoss")] public required decimal AvgLoss { get; init; }
    [JsonPropertyName("bestTrade")] public required decimal BestTrade { get; init; }
    [JsonPropertyName("worstTrade")] public required decimal WorstTrade { get; init; }
    [JsonPropertyName("totalCapitalDeployed")] public required decimal TotalCapitalDeployed { get; init; }
}
