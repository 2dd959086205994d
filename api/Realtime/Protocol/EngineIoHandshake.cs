using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansTrading.Api.Realtime.Protocol;

/// <summary>The data of the Engine.IO open packet (<c>0{...}</c>), the first frame the server sends on a new socket.</summary>
public sealed record EngineIoHandshake
{
    [JsonPropertyName("sid")] public required string Sid { get; init; }

    /// <summary><c>["websocket"]</c> for a polling session, empty for one that already is a WebSocket.</summary>
    [JsonPropertyName("upgrades")] public IReadOnlyList<string> Upgrades { get; init; } = [];

    [JsonPropertyName("pingInterval")] public required int PingInterval { get; init; }
    [JsonPropertyName("pingTimeout")] public required int PingTimeout { get; init; }
    [JsonPropertyName("maxPayload")] public required int MaxPayload { get; init; }

    public EngineIoPacket ToPacket() => new(EngineIoPacketType.Open, JsonSerializer.Serialize(this));
}
