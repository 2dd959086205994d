using System.Text.Json.Serialization;

namespace OrleansTrading.GrainInterfaces.Market;

/// <summary>
/// The dashboard's <c>MarketStatus</c>: <c>next_open</c> only while closed, <c>next_close</c> and
/// <c>time_until_close</c> (<c>hh:mm:ss</c>, or <c>d.hh:mm:ss</c> past a day) only while open.
/// </summary>
[GenerateSerializer, Immutable, Alias("OrleansTrading.MarketStatus")]
public sealed record MarketStatus
{
    [Id(0), JsonPropertyName("is_open")] public required bool IsOpen { get; init; }
    [Id(1), JsonPropertyName("next_open")] public DateTimeOffset? NextOpen { get; init; }
    [Id(2), JsonPropertyName("next_close")] public DateTimeOffset? NextClose { get; init; }
    [Id(3), JsonPropertyName("time_until_close")] public string? TimeUntilClose { get; init; }
}
