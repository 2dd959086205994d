using System.Text.Json;
using OrleansTrading.Api.Realtime.Protocol;

namespace OrleansTrading.Api.Realtime.SocketIo;

/// <summary>The Socket.IO packets the server sends besides events, each wrapped in an Engine.IO message.</summary>
public static class SocketIoFrames
{
    /// <summary>CONNECT reply: <c>40{"sid":"..."}</c>, or <c>40/ws,{"sid":"..."}</c> (v5 clients refuse a reply without sid).</summary>
    public static EngineIoPacket Connected(string ns, string socketId) =>
        Message(new SocketIoPacket(SocketIoPacketType.Connect, ns, Data: JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["sid"] = socketId })));

    /// <summary>CONNECT_ERROR for a namespace the server does not serve, worded like the reference server.</summary>
    public static EngineIoPacket InvalidNamespace(string ns) =>
        Message(new SocketIoPacket(SocketIoPacketType.ConnectError, ns, Data: JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["message"] = "Invalid namespace" })));

    /// <summary>ACK for a client emit, in the emit's namespace: <c>43&lt;id&gt;[args]</c>.</summary>
    public static EngineIoPacket Ack(string ns, long ackId, JsonElement arguments) =>
        Message(new SocketIoPacket(SocketIoPacketType.Ack, ns, ackId, arguments));

    public static EngineIoPacket Message(SocketIoPacket packet) => new(EngineIoPacketType.Message, packet.Encode());
}
