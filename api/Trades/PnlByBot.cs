using System.Text.Json.Serialization;

namespace OrleansTrading.Api.Trades;

/// <summary>One bot of <c>pnlByBot</c>; <c>botName</c> is the bot's current name, or its id once the bot is gone.</summary>
public sealed record PnlByBot(
    [property: JsonPropertyName("botId")] string BotId,
    [property: JsonPropertyName("botName")] string BotName,
    [property: JsonPropertyName("pnl")] decimal Pnl,
    [property: JsonPropertyName("trades")] long Trades,
    [property: JsonPropertyName("winRate")] decimal WinRate);
