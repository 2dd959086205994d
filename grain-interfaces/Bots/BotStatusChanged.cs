using System.Text.Json.Serialization;

namespace OrleansTrading.GrainInterfaces.Bots;

/// <summary>The <c>bot_status_changed</c> event (<c>{id, status, is_active}</c>), plus why when the bot stopped itself.</summary>
[GenerateSerializer, Immutable, Alias("OrleansTrading.BotStatusChanged")]
public sealed record BotStatusChanged
{
    [Id(0), JsonPropertyName("id")] public required string Id { get; init; }
    [Id(1), JsonPropertyName("status")] public required BotStatus Status { get; init; }
    [Id(2), JsonPropertyName("is_active")] public required bool IsActive { get; init; }

    /// <summary>An extension: the reason for an automatic change (error, tripped limit), omitted otherwise.</summary>
    [Id(3), JsonPropertyName("reason"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reason { get; init; }
}
