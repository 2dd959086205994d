using System.Text.Json.Serialization;

namespace OrleansTrading.GrainInterfaces.Market;

/// <summary>The <c>price_update</c> event: a symbol's last price.</summary>
[GenerateSerializer, Immutable, Alias("OrleansTrading.PriceUpdate")]
public sealed record PriceUpdate
{
    [Id(0), JsonPropertyName("symbol")] public required string Symbol { get; init; }
    [Id(1), JsonPropertyName("price")] public required decimal Price { get; init; }
    [Id(2), JsonPropertyName("timestamp")] public required DateTimeOffset Timestamp { get; init; }
}
