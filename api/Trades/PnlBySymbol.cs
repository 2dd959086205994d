using System.Text.Json.Serialization;

namespace OrleansTrading.Api.Trades;

/// <summary>One symbol of <c>pnlBySymbol</c>; <c>winRate</c> is a percentage of its closing trades.</summary>
public sealed record PnlBySymbol(
    [property: JsonPropertyName("symbol")] string Symbol,
    [property: JsonPropertyName("pnl")] decimal Pnl,
    [property: JsonPropertyName("trades")] long Trades,
    [property: JsonPropertyName("winRate")] decimal WinRate);
