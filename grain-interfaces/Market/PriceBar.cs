using System.Text.Json.Serialization;

namespace OrleansTrading.GrainInterfaces.Market;

/// <summary>One completed OHLCV bar as grains exchange it; <see cref="Timestamp"/> is the bar's open time.</summary>
[GenerateSerializer, Immutable, Alias("OrleansTrading.PriceBar")]
public sealed record PriceBar
{
    [Id(0), JsonPropertyName("timestamp")] public required DateTimeOffset Timestamp { get; init; }
    [Id(1), JsonPropertyName("open")] public required double Open { get; init; }
    [Id(2), JsonPropertyName("high")] public required double High { get; init; }
    [Id(3), JsonPropertyName("low")] public required double Low { get; init; }
    [Id(4), JsonPropertyName("close")] public required double Close { get; init; }
    [Id(5), JsonPropertyName("volume")] public required double Volume { get; init; }
}
