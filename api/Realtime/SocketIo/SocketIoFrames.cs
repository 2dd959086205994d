using System.Text.Json;
using OrleansTrading.Api.Realtime.Protocol;

namespace OrleansTrading.Api.Realtime.SocketIo;

/// <summary>The Socket.IO packets the server sends besides events, each wrapped in an Engine.IO message.</summary>
public static class SocketIoFrames
{
    /// <summary>CONNECT reply for the default namespace: <c>40{"sid":"..."}</c> (v5 clients refuse a reply without sid).</summary>
    public static EngineIoPacket Connected(string socketId) =>
        Message(new SocketIoPacket(SocketIoPacketType.Connect, Data: JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["sid"] = socketId })));

    /// <summary>CONNECT_ERROR for a namespace other than <c>/</c>, worded like the reference server.</summary>
    public static EngineIoPacket InvalidNamespace(string ns) =>
        Message(new SocketIoPacket(SocketIoPacketType.ConnectError, ns, Data: JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["message"] = "Invalid namespace" })));

    /// <summary>ACK for a client emit: <c>43&lt;id&gt;[args]</c>.</summary>
    public static EngineIoPacket Ack(long ackId, JsonElement arguments) =>
        Message(new SocketIoPacket(SocketIoPacketType.Ack, AckId: ackId, Data: arguments));

    public static EngineIoPacket Message(SocketIoPacket packet) => new(EngineIoPacketType.Message, packet.Encode());
}
