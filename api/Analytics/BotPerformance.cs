using System.Text.Json.Serialization;

namespace OrleansTrading.Api.Analytics;

/// <summary>One bot of <c>botPerformance</c>; <c>returnPercentage</c> is its P&amp;L over its capital (0 once the bot is gone).</summary>
public sealed record BotPerformance(
    [property: JsonPropertyName("botId")] string BotId,
    [property: JsonPropertyName("botName")] string BotName,
    [property: JsonPropertyName("pnl")] decimal Pnl,
    [property: JsonPropertyName("trades")] long Trades,
    [property: JsonPropertyName("winRate")] decimal WinRate,
    [property: JsonPropertyName("returnPercentage")] decimal ReturnPercentage);
