using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using OrleansTrading.Api.Realtime.Fanout;
using OrleansTrading.Api.Realtime.Protocol;

namespace OrleansTrading.Api.Realtime.SocketIo;

/// <summary>
/// One Engine.IO v4 session over an accepted WebSocket, carrying the Socket.IO v5 default namespace. Three loops run
/// until the first of them (or <see cref="Disconnect"/>) ends the session: reading client frames, the server-initiated
/// heartbeat, and writing queued events. Every write goes through one lock, since a WebSocket allows one send at a time.
/// </summary>
public sealed partial class SocketIoConnection : IRealtimeClient, IDisposable
{
    /// <summary>How long a graceful close may wait for the send lock and for the client's close frame.</summary>
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(2);

    private static readonly byte[] PingFrame = Encoding.ASCII.GetBytes(EngineIoPacket.Ping.Encode());

    private readonly WebSocket _socket;
    private readonly RealtimeHub _hub;
    private readonly RealtimeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource<SessionEnd> _disconnectRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? _pendingPong;
    private DateTimeOffset _openedAt;
    private int _connected;

    public SocketIoConnection(WebSocket socket, RealtimeHub hub, RealtimeOptions options, TimeProvider time, ILogger logger)
    {
        _socket = socket;
        _hub = hub;
        _options = options;
        _time = time;
        _logger = logger;
        EngineSid = SessionIds.New();
        Id = SessionIds.New();
        Queue = new ClientEventQueue(options.ClientQueueCapacity);
    }

    /// <summary>The Engine.IO session id (open packet); <see cref="Id"/> is the Socket.IO socket id (CONNECT reply).</summary>
    public string EngineSid { get; }

    public string Id { get; }

    public string Transport => "socket.io";

    public ClientEventQueue Queue { get; }

    private bool IsConnected => Volatile.Read(ref _connected) == 1;

    public void Disconnect(string reason, bool graceful) => _disconnectRequested.TrySetResult(new SessionEnd(reason, graceful));

    public void Dispose() => _sendLock.Dispose();

    public async Task RunAsync(CancellationToken requestAborted)
    {
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        var token = lifetime.Token;
        _openedAt = _time.GetUtcNow();
        Task<SessionEnd>[] loops = [];
        SessionEnd end;
        try
        {
            var handshake = new EngineIoHandshake
            {
                Sid = EngineSid,
                PingInterval = _options.PingIntervalMs,
                PingTimeout = _options.PingTimeoutMs,
                MaxPayload = _options.MaxPayloadBytes,
            };
            await SendAsync(handshake.ToPacket(), token);
            loops = [ReceiveLoopAsync(token), HeartbeatLoopAsync(token), WriteEventsAsync(token)];
            var first = await Task.WhenAny([.. loops, _disconnectRequested.Task]);
            // A hub request also closes the queue and so ends the writer; report the request, which says why.
            end = _disconnectRequested.Task.IsCompleted ? await _disconnectRequested.Task : await first;
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            end = new SessionEnd("transport error", Graceful: false);
        }

        _hub.Remove(this);
        Queue.Close();
        if (end.Graceful)
        {
            await CloseGracefullyAsync(end.Status, loops.Length > 0 ? loops[0] : Task.CompletedTask, requestAborted);
        }
        await lifetime.CancelAsync();
        await Task.WhenAll(loops);
        // Again, now that the reader has stopped: a CONNECT it was handling may have joined the hub after the first removal.
        _hub.Remove(this);
        LogSessionEnded(_logger, Id, end.Reason);
    }

    private async Task CloseGracefullyAsync(WebSocketCloseStatus status, Task receiving, CancellationToken requestAborted)
    {
        try
        {
            using var timeout = new CancellationTokenSource(CloseHandshakeTimeout, _time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, requestAborted);
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _sendLock.WaitAsync(linked.Token);
                try
                {
                    await _socket.CloseOutputAsync(status, null, linked.Token);
                }
                finally
                {
                    _sendLock.Release();
                }
            }
            // The reader sees the client's answering close frame, which completes the handshake.
            await receiving.WaitAsync(linked.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or InvalidOperationException)
        {
            // The client is gone or not answering: cancelling the loops aborts the socket.
        }
    }

    private async Task<SessionEnd> ReceiveLoopAsync(CancellationToken token)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        var message = new ArrayBufferWriter<byte>();
        try
        {
            while (true)
            {
                message.ResetWrittenCount();
                ValueWebSocketReceiveResult received;
                do
                {
                    received = await _socket.ReceiveAsync(buffer.AsMemory(), token);
                    if (received.MessageType == WebSocketMessageType.Close)
                    {
                        return new SessionEnd("client closed the socket", Graceful: true);
                    }
                    if (message.WrittenCount + received.Count > _options.MaxPayloadBytes)
                    {
                        return new SessionEnd("packet larger than maxPayload", Graceful: true, WebSocketCloseStatus.MessageTooBig);
                    }
                    message.Write(buffer.AsSpan(0, received.Count));
                }
                while (!received.EndOfMessage);

                if (received.MessageType == WebSocketMessageType.Binary)
                {
                    // Only Socket.IO binary attachments travel as binary frames, and binary packets are not supported.
                    return new SessionEnd("binary frames are not supported", Graceful: true, WebSocketCloseStatus.InvalidMessageType);
                }
                if (await HandleFrameAsync(Encoding.UTF8.GetString(message.WrittenSpan), token) is { } end)
                {
                    return end;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or InvalidOperationException)
        {
            return new SessionEnd("transport error", Graceful: false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task<SessionEnd?> HandleFrameAsync(string frame, CancellationToken token)
    {
        if (!EngineIoPacket.TryParse(frame, out var packet))
        {
            return SessionEnd.ProtocolError("not an Engine.IO packet");
        }
        switch (packet.Type)
        {
            case EngineIoPacketType.Pong:
                Volatile.Read(ref _pendingPong)?.TrySetResult();
                return null;
            case EngineIoPacketType.Ping:
                // v3 clients pinged; a v4 client never does. Answering is harmless and keeps such a client alive.
                await SendAsync(new EngineIoPacket(EngineIoPacketType.Pong, packet.Data), token);
                return null;
            case EngineIoPacketType.Close:
                return new SessionEnd("client sent an Engine.IO close", Graceful: true);
            case EngineIoPacketType.Message:
                return await HandleSocketIoAsync(packet.Data, token);
            default:
                return SessionEnd.ProtocolError($"unexpected Engine.IO packet {packet.Type}");
        }
    }

    private async Task<SessionEnd?> HandleSocketIoAsync(string data, CancellationToken token)
    {
        if (!SocketIoPacket.TryParse(data, out var packet))
        {
            return SessionEnd.ProtocolError("malformed Socket.IO packet");
        }
        var isDefaultNamespace = packet.Namespace == SocketIoPacket.DefaultNamespace;
        switch (packet.Type)
        {
            case SocketIoPacketType.Connect when !isDefaultNamespace:
                await SendAsync(SocketIoFrames.InvalidNamespace(packet.Namespace), token);
                return null;
            case SocketIoPacketType.Connect:
                if (Interlocked.Exchange(ref _connected, 1) == 0)
                {
                    // Reply before joining the hub, so no event can precede the CONNECT reply on the wire.
                    await SendAsync(SocketIoFrames.Connected(Id), token);
                    _hub.Add(this);
                }
                return null;
            case SocketIoPacketType.Disconnect when isDefaultNamespace:
                // The default namespace was the only one, so the socket has nothing left to carry.
                return new SessionEnd("client disconnected", Graceful: true);
            case SocketIoPacketType.Event when isDefaultNamespace && IsConnected && packet.AckId is { } ackId:
                var reply = ClientEventReplies.For(packet.EventName!, _time.GetUtcNow());
                await SendAsync(SocketIoFrames.Ack(ackId, reply), token);
                return null;
            case SocketIoPacketType.BinaryEvent or SocketIoPacketType.BinaryAck:
                return SessionEnd.ProtocolError("binary packets are not supported");
            case SocketIoPacketType.ConnectError:
                return SessionEnd.ProtocolError("CONNECT_ERROR is a server packet");
            default:
                // Events without an ack id, acks (the server never asks for one) and packets for namespaces this
                // socket never joined carry nothing to act on.
                return null;
        }
    }

    private async Task<SessionEnd> HeartbeatLoopAsync(CancellationToken token)
    {
        try
        {
            while (true)
            {
                await Task.Delay(_options.PingInterval, _time, token);
                if (!IsConnected && _time.GetUtcNow() - _openedAt >= _options.ConnectTimeout)
                {
                    return new SessionEnd("no Socket.IO CONNECT in time", Graceful: true, WebSocketCloseStatus.PolicyViolation);
                }
                var pong = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                Volatile.Write(ref _pendingPong, pong);
                // The timeout covers sending the ping too: a client that stopped reading blocks the send.
                using var timeout = new CancellationTokenSource(_options.PingTimeout, _time);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(token, timeout.Token);
                try
                {
                    await SendAsync(PingFrame, linked.Token);
                    await pong.Task.WaitAsync(linked.Token);
                }
                catch (OperationCanceledException) when (timeout.IsCancellationRequested && !token.IsCancellationRequested)
                {
                    // Graceful like the reference server; the close handshake is itself bounded, so a dead peer costs 2 s.
                    return new SessionEnd("ping timeout", Graceful: true);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or InvalidOperationException)
        {
            return new SessionEnd("transport error", Graceful: false);
        }
    }

    private async Task<SessionEnd> WriteEventsAsync(CancellationToken token)
    {
        try
        {
            while (await Queue.WaitToReadAsync(token))
            {
                while (Queue.TryDequeue(out var realtimeEvent))
                {
                    await SendAsync(realtimeEvent.SocketIoFrame, token);
                }
            }
            return new SessionEnd("event queue closed", Graceful: false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or InvalidOperationException)
        {
            return new SessionEnd("transport error", Graceful: false);
        }
    }

    private Task SendAsync(EngineIoPacket packet, CancellationToken token) =>
        SendAsync(Encoding.UTF8.GetBytes(packet.Encode()), token);

    private async Task SendAsync(ReadOnlyMemory<byte> frame, CancellationToken token)
    {
        await _sendLock.WaitAsync(token);
        try
        {
            await _socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, token);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    [LoggerMessage(EventId = 3420, Level = LogLevel.Debug, Message = "socket.io session {SocketId} ended: {Reason}")]
    private static partial void LogSessionEnded(ILogger logger, string socketId, string reason);
}
