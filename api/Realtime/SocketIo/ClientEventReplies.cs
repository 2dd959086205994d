using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansTrading.Api.Realtime.SocketIo;

/// <summary>
/// The acknowledgements the server gives to client emits that ask for one (<c>42&lt;id&gt;["name",...]</c> →
/// <c>43&lt;id&gt;[reply]</c>). Events flow to every client without asking, so the only client event is <c>ping</c>, an
/// application-level round trip; any other event is answered with an error object so a caller's callback never hangs.
/// </summary>
public static class ClientEventReplies
{
    public const string Ping = "ping";

    /// <summary>The ACK arguments (a JSON array) for an emit of <paramref name="eventName"/>.</summary>
    public static JsonElement For(string eventName, DateTimeOffset now) => eventName == Ping
        ? JsonSerializer.SerializeToElement(new object[] { new PingReply(true, now.UtcDateTime) })
        : JsonSerializer.SerializeToElement(new object[] { new UnknownEventReply("unknown_event", eventName) });

    private sealed record PingReply([property: JsonPropertyName("pong")] bool Pong, [property: JsonPropertyName("timestamp")] DateTime Timestamp);

    private sealed record UnknownEventReply([property: JsonPropertyName("error")] string Error, [property: JsonPropertyName("event")] string Event);
}
