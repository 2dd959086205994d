using System.Text.Json.Serialization;

namespace OrleansTrading.Api.Analytics;

/// <summary>One symbol of <c>symbolPerformance</c>.</summary>
public sealed record SymbolPerformance(
    [property: JsonPropertyName("symbol")] string Symbol,
    [property: JsonPropertyName("pnl")] decimal Pnl,
    [property: JsonPropertyName("trades")] long Trades,
    [property: JsonPropertyName("winRate")] decimal WinRate);
