using System.Net.WebSockets;

namespace OrleansTrading.Api.Realtime.SocketIo;

/// <summary>Why a socket.io session ends, and whether it gets a WebSocket close handshake (with which status) or an abort.</summary>
public readonly record struct SessionEnd(string Reason, bool Graceful, WebSocketCloseStatus Status = WebSocketCloseStatus.NormalClosure)
{
    public static SessionEnd ProtocolError(string reason) => new(reason, Graceful: true, WebSocketCloseStatus.ProtocolError);
}
