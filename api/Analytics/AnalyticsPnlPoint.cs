using System.Text.Json.Serialization;

namespace OrleansTrading.Api.Analytics;

/// <summary>One New York calendar date of <c>pnlTimeSeries</c>: that day's closing P&amp;L, the running total and the equity it implies.</summary>
public sealed record AnalyticsPnlPoint(
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("pnl")] decimal Pnl,
    [property: JsonPropertyName("cumulativePnl")] decimal CumulativePnl,
    [property: JsonPropertyName("equity")] decimal Equity,
    [property: JsonPropertyName("trades")] long Trades);
