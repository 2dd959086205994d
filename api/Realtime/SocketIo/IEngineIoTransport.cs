namespace OrleansTrading.Api.Realtime.SocketIo;

/// <summary>
/// What carries a session's packets to the client: HTTP long-polling or a WebSocket. A session starts on one and may
/// move once, from polling to WebSocket. Sends are serialized by the session, not by the transport.
/// </summary>
public interface IEngineIoTransport
{
    /// <summary><c>polling</c> or <c>websocket</c>, as in the <c>transport</c> query parameter.</summary>
    string Name { get; }

    /// <summary>Sends one encoded Engine.IO packet (polling buffers it for the next GET).</summary>
    Task SendAsync(ReadOnlyMemory<byte> packet, CancellationToken cancellationToken);

    /// <summary>
    /// Completes when the transport can take more events. A WebSocket is always ready (its send is the backpressure);
    /// polling waits while a full batch waits for a GET, so further events stay in the client's bounded queue.
    /// </summary>
    Task WaitWritableAsync(CancellationToken cancellationToken);

    /// <summary>Starts a clean close (a close frame, or the close packet <c>1</c> for the next poll).</summary>
    Task BeginCloseAsync(SessionEnd end, CancellationToken cancellationToken);

    /// <summary>Completes when the client has seen the close (the answering close frame, the poll that took <c>1</c>).</summary>
    Task WaitClosedAsync(CancellationToken cancellationToken);

    /// <summary>Drops the transport at once.</summary>
    void Abort();
}
