using System.Text;
using System.Text.Json;
using OrleansTrading.Api.Realtime.Protocol;

namespace OrleansTrading.Api.Realtime.Events;

/// <summary>
/// One broadcast event, already encoded for both transports: the payload is serialised once per broadcast and every
/// client's queue holds this same instance.
/// </summary>
public sealed class RealtimeEvent
{

    private RealtimeEvent(string name, bool isDroppable, byte[] payloadJson)
    {
        Name = name;
        IsDroppable = isDroppable;
        PayloadJson = payloadJson;
        SocketIoFrame = EncodeSocketIoFrame(SocketIoNamespaces.Default, name, payloadJson);
        _wsNamespaceFrame = EncodeSocketIoFrame(SocketIoNamespaces.Ws, name, payloadJson);
        SseFrame = EncodeSseFrame(name, payloadJson);
    }

    private readonly ReadOnlyMemory<byte> _wsNamespaceFrame;

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

    /// <summary>The frame for a socket connected to <paramref name="ns"/>, one of <see cref="SocketIoNamespaces.Served"/>.</summary>
    public ReadOnlyMemory<byte> SocketIoFrameIn(string ns) => ns switch
    {
        SocketIoNamespaces.Default => SocketIoFrame,
        SocketIoNamespaces.Ws => _wsNamespaceFrame,
        _ => throw new ArgumentOutOfRangeException(nameof(ns), ns, "Not a namespace the server serves."),
    };

    /// <summary>The Server-Sent Events record: <c>event: name\ndata: payload\n\n</c>.</summary>
    public ReadOnlyMemory<byte> SseFrame { get; }

    public static RealtimeEvent Create<TPayload>(string name, TPayload payload, bool isDroppable, JsonSerializerOptions json) =>
        // Compact JSON never contains a raw line break (they are escaped inside strings), so it fits one SSE data line.
        new(name, isDroppable, JsonSerializer.SerializeToUtf8Bytes(payload, json));

    private static byte[] EncodeSocketIoFrame(string ns, string name, byte[] payloadJson)
    {
        // Engine.IO message + Socket.IO EVENT, then the namespace unless it is the default one (as SocketIoPacket.Encode).
        var prefix = ns == SocketIoNamespaces.Default ? "42[" : $"42{ns},[";
        var quotedName = JsonSerializer.SerializeToUtf8Bytes(name);
        return [.. Encoding.UTF8.GetBytes(prefix), .. quotedName, (byte)',', .. payloadJson, (byte)']'];
    }

    private static byte[] EncodeSseFrame(string name, byte[] payloadJson) =>
        [.. Encoding.UTF8.GetBytes($"event: {name}\ndata: "), .. payloadJson, (byte)'\n', (byte)'\n'];
}
