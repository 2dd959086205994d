using System.Text.Json.Serialization;

namespace OrleansTrading.Api.Bots;

/// <summary>The dashboard's <c>{ success: boolean }</c> reply to delete/start/stop/pause.</summary>
public sealed record SuccessResponse([property: JsonPropertyName("success")] bool Success);
