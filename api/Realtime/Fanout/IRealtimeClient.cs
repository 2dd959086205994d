namespace OrleansTrading.Api.Realtime.Fanout;

/// <summary>One connected realtime client (a socket.io socket or an SSE stream) as the hub sees it.</summary>
public interface IRealtimeClient
{
    /// <summary>Unique among the connected clients (the Socket.IO sid, or the SSE stream id).</summary>
    string Id { get; }

    /// <summary><c>socket.io</c> or <c>sse</c>, for logs.</summary>
    string Transport { get; }

    ClientEventQueue Queue { get; }

    /// <summary>
    /// Ends the connection without waiting for it to end. <paramref name="graceful"/> asks for a clean close (a
    /// WebSocket close frame, so socket.io clients reconnect); otherwise the connection is aborted at once.
    /// </summary>
    void Disconnect(string reason, bool graceful);
}
