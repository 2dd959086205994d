using System.Text;
using System.Text.Json;

namespace OrleansTrading.Api.Realtime.Events;

/// <summary>
/// One broadcast event, already encoded for both transports: the payload is serialised once per broadcast and every
/// client's queue holds this same instance.
/// </summary>
public sealed class RealtimeEvent
{
    private static readonly byte[] SocketIoEventPrefix = "42["u8.ToArray();

    private RealtimeEvent(string name, bool isDroppable, byte[] payloadJson)
    {
        Name = name;
        IsDroppable = isDroppable;
        PayloadJson = payloadJson;
        SocketIoFrame = EncodeSocketIoFrame(name, payloadJson);
        SseFrame = EncodeSseFrame(name, payloadJson);
    }

    public string Name { get; }

    /// <summary>
    /// Whether a slow client's queue may drop this event to make room. Only price updates are: the next one supersedes
    /// them, while a lost trade, position or status change would leave the dashboard wrong until a reload.
    /// </summary>
    public bool IsDroppable { get; }

    /// <summary>The payload as UTF-8 JSON, with the REST API's serializer settings.</summary>
    public ReadOnlyMemory<byte> PayloadJson { get; }

    /// <summary>The WebSocket text frame: Engine.IO message + Socket.IO EVENT, <c>42["name",payload]</c>.</summary>
    public ReadOnlyMemory<byte> SocketIoFrame { get; }

    /// <summary>The Server-Sent Events record: <c>event: name\ndata: payload\n\n</c>.</summary>
    public ReadOnlyMemory<byte> SseFrame { get; }

    public static RealtimeEvent Create<TPayload>(string name, TPayload payload, bool isDroppable, JsonSerializerOptions json) =>
        // Compact JSON never contains a raw line break (they are escaped inside strings), so it fits one SSE data line.
        new(name, isDroppable, JsonSerializer.SerializeToUtf8Bytes(payload, json));

    private static byte[] EncodeSocketIoFrame(string name, byte[] payloadJson)
    {
        var quotedName = JsonSerializer.SerializeToUtf8Bytes(name);
        return [.. SocketIoEventPrefix, .. quotedName, (byte)',', .. payloadJson, (byte)']'];
    }

    private static byte[] EncodeSseFrame(string name, byte[] payloadJson) =>
        [.. Encoding.UTF8.GetBytes($"event: {name}\ndata: "), .. payloadJson, (byte)'\n', (byte)'\n'];
}
