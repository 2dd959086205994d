using System.Text.Json.Serialization;

namespace OrleansTrading.Api.Operations;

/// <summary><c>POST /api/controls/kill-switch</c>: <c>active</c> is required; <c>flatten</c> (sell every open position) defaults to false.</summary>
public sealed record KillSwitchRequest(
    [property: JsonPropertyName("active")] bool? Active,
    [property: JsonPropertyName("flatten")] bool? Flatten);
