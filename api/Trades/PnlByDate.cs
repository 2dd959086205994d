using System.Text.Json.Serialization;

namespace OrleansTrading.Api.Trades;

/// <summary>One New York calendar date of <c>pnlByDate</c>; <c>trades</c> counts every trade that day, buys included.</summary>
public sealed record PnlByDate(
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("pnl")] decimal Pnl,
    [property: JsonPropertyName("cumulativePnl")] decimal CumulativePnl,
    [property: JsonPropertyName("trades")] long Trades);
