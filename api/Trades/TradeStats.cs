using System.Text.Json.Serialization;

namespace OrleansTrading.Api.Trades;

/// <summary>The dashboard's <c>TradeStats</c> (camelCase aggregates); README "Dashboard API" defines every field.</summary>
public sealed record TradeStats
{
    [JsonPropertyName("totalTrades")] public required long TotalTrades { get; init; }
    [JsonPropertyName("winningTrades")] public required long WinningTrades { get; init; }
    [JsonPropertyName("losingTrades")] public required long LosingTrades { get; init; }
    [JsonPropertyName("winRate")] public required decimal WinRate { get; init; }
    [JsonPropertyName("totalPnL")] public required decimal TotalPnL { get; init; }
    [JsonPropertyName("avgPnL")] public required decimal AvgPnL { get; init; }
    [JsonPropertyName("bestTrade")] public required decimal BestTrade { get; init; }
    [JsonPropertyName("worstTrade")] public required decimal WorstTrade { get; init; }
    [JsonPropertyName("avgWin")] public required decimal AvgWin { get; init; }
    [JsonPropertyName("avgLoss")] public required decimal AvgLoss { get; init; }
    [JsonPropertyName("profitFactor")] public required decimal ProfitFactor { get; init; }
    [JsonPropertyName("pnlByDate")] public required IReadOnlyList<PnlByDate> PnlByDate { get; init; }
    [JsonPropertyName("pnlBySymbol")] public required IReadOnlyList<PnlBySymbol> PnlBySymbol { get; init; }
    [JsonPropertyName("pnlByBot")] public required IReadOnlyList<PnlByBot> PnlByBot { get; init; }
}
