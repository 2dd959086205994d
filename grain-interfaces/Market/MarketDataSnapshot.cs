using System.Text.Json.Serialization;

namespace OrleansTrading.GrainInterfaces.Market;

/// <summary>
/// <c>GET /api/market-data/{symbol}</c>: the last price, its change against the first bar of the window, the latest
/// completed bar and the recent bars, oldest first.
/// </summary>
[GenerateSerializer, Immutable, Alias("OrleansTrading.MarketDataSnapshot")]
public sealed record MarketDataSnapshot
{
    [Id(0), JsonPropertyName("symbol")] public required string Symbol { get; init; }
    [Id(1), JsonPropertyName("price")] public required decimal Price { get; init; }
    [Id(2), JsonPropertyName("change")] public required decimal Change { get; init; }
    [Id(3), JsonPropertyName("change_percent")] public required decimal ChangePercent { get; init; }
    [Id(4), JsonPropertyName("open")] public required double Open { get; init; }
    [Id(5), JsonPropertyName("high")] public required double High { get; init; }
    [Id(6), JsonPropertyName("low")] public required double Low { get; init; }
    [Id(7), JsonPropertyName("close")] public required double Close { get; init; }
    [Id(8), JsonPropertyName("volume")] public required double Volume { get; init; }
    [Id(9), JsonPropertyName("timestamp")] public required DateTimeOffset Timestamp { get; init; }
    [Id(10), JsonPropertyName("bars")] public required IReadOnlyList<PriceBar> Bars { get; init; }
}
