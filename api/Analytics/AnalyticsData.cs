using System.Text.Json.Serialization;

namespace OrleansTrading.Api.Analytics;

/// <summary>The dashboard's <c>AnalyticsData</c>, computed server-side from the ledger (seed 002 "Analytics API Decision", option A).</summary>
public sealed record AnalyticsData(
    [property: JsonPropertyName("overview")] AnalyticsOverview Overview,
    [property: JsonPropertyName("pnlTimeSeries")] IReadOnlyList<AnalyticsPnlPoint> PnlTimeSeries,
    [property: JsonPropertyName("botPerformance")] IReadOnlyList<BotPerformance> BotPerformance,
    [property: JsonPropertyName("symbolPerformance")] IReadOnlyList<SymbolPerformance> SymbolPerformance);
