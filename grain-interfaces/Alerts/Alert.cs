using System.Text.Json.Serialization;

namespace OrleansTrading.GrainInterfaces.Alerts;

/// <summary>Something an operator should see: a bot in error, a tripped loss limit, the kill switch. Idempotent by id.</summary>
[GenerateSerializer, Immutable, Alias("OrleansTrading.Alert")]
public sealed record Alert
{
    [Id(0), JsonPropertyName("id")] public required string Id { get; init; }
    [Id(1), JsonPropertyName("bot_id")] public string? BotId { get; init; }
    [Id(2), JsonPropertyName("severity")] public required AlertSeverity Severity { get; init; }
    [Id(3), JsonPropertyName("code")] public required string Code { get; init; }
    [Id(4), JsonPropertyName("message")] public required string Message { get; init; }
    [Id(5), JsonPropertyName("created_at")] public required DateTimeOffset CreatedAt { get; init; }
    [Id(6), JsonPropertyName("acknowledged_at")] public DateTimeOffset? AcknowledgedAt { get; init; }
}
