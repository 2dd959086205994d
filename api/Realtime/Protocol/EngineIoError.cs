using System.Text.Json.Serialization;

namespace OrleansTrading.Api.Realtime.Protocol;

/// <summary>The JSON body the reference Engine.IO server sends with a refused handshake (HTTP 400).</summary>
public sealed record EngineIoError(
    [property: JsonPropertyName("code")] int Code,
    [property: JsonPropertyName("message")] string Message)
{
    public static EngineIoError TransportUnknown { get; } = new(0, "Transport unknown");
    public static EngineIoError SessionIdUnknown { get; } = new(1, "Session ID unknown");
    public static EngineIoError BadHandshakeMethod { get; } = new(2, "Bad handshake method");
    public static EngineIoError BadRequest { get; } = new(3, "Bad request");
    public static EngineIoError UnsupportedProtocolVersion { get; } = new(5, "Unsupported protocol version");
}
