using System.Buffers;
using System.Net.WebSockets;
using System.Text;

namespace OrleansTrading.Api.Realtime.SocketIo;

/// <summary>
/// The WebSocket transport: one Engine.IO packet per text frame. The receive loop runs on the request that accepted
/// the socket (<see cref="StartReceiving"/>); it hands each frame to the session and reports why it stopped.
/// </summary>
public sealed class WebSocketTransport(WebSocket socket, int maxPayloadBytes) : IEngineIoTransport, IDisposable
{
    public const string TransportName = "websocket";

    private readonly CancellationTokenSource _stopping = new();
    private Task _receiving = Task.CompletedTask;

    public string Name => TransportName;

    public Task SendAsync(ReadOnlyMemory<byte> packet, CancellationToken cancellationToken) =>
        socket.SendAsync(packet, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).AsTask();

    public Task WaitWritableAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs the receive loop, passing each text frame to the session and the reason it stopped to <see cref="SocketIoConnection.End"/>.</summary>
    public void StartReceiving(SocketIoConnection session) => _receiving = ReceiveLoopAsync(session);

    /// <summary>The next text frame, or why the socket cannot give one (closed, too large, binary, broken).</summary>
    public async Task<(string? Frame, SessionEnd? End)> ReceiveFrameAsync(CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        var message = new ArrayBufferWriter<byte>();
        try
        {
            ValueWebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return (null, new SessionEnd("client closed the socket", Graceful: true));
                }
                if (message.WrittenCount + received.Count > maxPayloadBytes)
                {
                    return (null, new SessionEnd("packet larger than maxPayload", Graceful: true, WebSocketCloseStatus.MessageTooBig));
                }
                message.Write(buffer.AsSpan(0, received.Count));
            }
            while (!received.EndOfMessage);

            if (received.MessageType == WebSocketMessageType.Binary)
            {
                // Only Socket.IO binary attachments travel as binary frames, and binary packets are not supported.
                return (null, new SessionEnd("binary frames are not supported", Graceful: true, WebSocketCloseStatus.InvalidMessageType));
            }
            return (Encoding.UTF8.GetString(message.WrittenSpan), null);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or InvalidOperationException)
        {
            return (null, new SessionEnd("transport error", Graceful: false));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async Task BeginCloseAsync(SessionEnd end, CancellationToken cancellationToken)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            await socket.CloseOutputAsync(end.Status, null, cancellationToken);
        }
    }

    /// <summary>The receive loop sees the client's answering close frame, which completes the handshake.</summary>
    public async Task WaitClosedAsync(CancellationToken cancellationToken)
    {
        await _receiving.WaitAsync(cancellationToken);
        // The loop stops at a packet that ends the session, before the client answers our close: read on until it does,
        // or aborting would discard the close frame on its way out.
        var buffer = new byte[1024];
        while (socket.State == WebSocketState.CloseSent)
        {
            if ((await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken)).MessageType == WebSocketMessageType.Close)
            {
                return;
            }
        }
    }

    public void Abort()
    {
        _stopping.Cancel();
        socket.Abort();
    }

    public void Dispose() => _stopping.Dispose();

    private async Task ReceiveLoopAsync(SocketIoConnection session)
    {
        while (true)
        {
            var (frame, end) = await ReceiveFrameAsync(_stopping.Token);
            end ??= await session.HandleFrameAsync(frame!, _stopping.Token);
            if (end is { } ended)
            {
                session.End(ended);
                return;
            }
        }
    }
}
