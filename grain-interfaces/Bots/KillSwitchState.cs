using System.Text.Json.Serialization;

namespace OrleansTrading.GrainInterfaces.Bots;

/// <summary>The global kill switch: while active no bot places an opening order.</summary>
[GenerateSerializer, Immutable, Alias("OrleansTrading.KillSwitchState")]
public sealed record KillSwitchState
{
    [Id(0), JsonPropertyName("active")] public required bool Active { get; init; }
    [Id(1), JsonPropertyName("flatten")] public required bool Flatten { get; init; }
    [Id(2), JsonPropertyName("changed_at")] public DateTimeOffset? ChangedAt { get; init; }
}
