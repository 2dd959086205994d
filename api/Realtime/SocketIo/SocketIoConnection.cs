using System.Collections.Immutable;
using System.Net.WebSockets;
using System.Text;
using OrleansTrading.Api.Realtime.Fanout;
using OrleansTrading.Api.Realtime.Protocol;

namespace OrleansTrading.Api.Realtime.SocketIo;

/// <summary>
/// One Engine.IO v4 session carrying the Socket.IO v5 namespaces <c>/</c> and <c>/ws</c>, over WebSocket or over
/// long-polling until the client upgrades it to a WebSocket. The session outlives the HTTP requests that carry it:
/// two loops run until the first of them (or <see cref="End"/>) ends it, the server-initiated heartbeat and the writer
/// of queued events. Every write goes through one lock, since a WebSocket allows one send at a time and an upgrade
/// must move the polling buffer to the WebSocket before anything newer is sent.
/// </summary>
public sealed partial class SocketIoConnection : IRealtimeClient, IDisposable
{
    /// <summary>How long a graceful close may wait for the send lock and for the client to see the close.</summary>
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(2);

    private static readonly byte[] PingFrame = Encoding.ASCII.GetBytes(EngineIoPacket.Ping.Encode());

    private readonly RealtimeHub _hub;
    private readonly RealtimeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _lifetime = new();
    private readonly TaskCompletionSource<SessionEnd> _endRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IEngineIoTransport _transport;
    private ImmutableArray<string> _namespaces = [];
    private TaskCompletionSource? _pendingPong;
    private DateTimeOffset _openedAt;
    private int _receivingPost;
    private int _upgrading;

    public SocketIoConnection(IEngineIoTransport transport, RealtimeHub hub, RealtimeOptions options, TimeProvider time, ILogger logger)
    {
        _transport = transport;
        _hub = hub;
        _options = options;
        _time = time;
        _logger = logger;
        Id = SessionIds.New();
        Queue = new ClientEventQueue(options.ClientQueueCapacity);
    }

    /// <summary>The Engine.IO session id (open packet, <c>sid</c> query parameter); each namespace gets its own socket id.</summary>
    public string Id { get; }

    public string Transport => "socket.io";

    public ClientEventQueue Queue { get; }

    /// <summary>The session's current transport name, <c>polling</c> or <c>websocket</c>.</summary>
    public string TransportName => Volatile.Read(ref _transport).Name;

    /// <summary>Completes when the session has ended and its transport is closed.</summary>
    public Task Completion { get; private set; } = Task.CompletedTask;

    private bool IsConnected => !_namespaces.IsEmpty;

    public void Disconnect(string reason, bool graceful) => End(new SessionEnd(reason, graceful));

    public void End(SessionEnd end) => _endRequested.TrySetResult(end);

    /// <summary>Called by <see cref="SocketIoSessions"/> once <see cref="Completion"/> is done.</summary>
    public void Dispose()
    {
        _sendLock.Dispose();
        _lifetime.Dispose();
    }

    /// <summary>Sends the open packet and runs the session until it ends; <see cref="Completion"/> follows it.</summary>
    public void Start() => Completion = RunAsync();

    /// <summary>Handles one Engine.IO packet from the client; returns why the session must end, or null.</summary>
    public async Task<SessionEnd?> HandleFrameAsync(string frame, CancellationToken cancellationToken)
    {
        try
        {
            return EngineIoPacket.TryParse(frame, out var packet)
                ? await HandlePacketAsync(packet, cancellationToken)
                : SessionEnd.ProtocolError("not an Engine.IO packet");
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or InvalidOperationException or ObjectDisposedException)
        {
            return new SessionEnd("transport error", Graceful: false);
        }
    }

    /// <summary>A long-polling POST body. False when another POST is still being handled (the reference server closes the session).</summary>
    public async Task<bool> ReceivePayloadAsync(string body, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _receivingPost, 1) == 1)
        {
            End(SessionEnd.ProtocolError("overlapping POST"));
            return false;
        }
        try
        {
            if (!EngineIoPayload.TryDecode(body, out var packets))
            {
                End(SessionEnd.ProtocolError("malformed polling payload"));
                return true;
            }
            foreach (var packet in packets)
            {
                if (await HandleFrameAsync(packet.Encode(), cancellationToken) is { } end)
                {
                    End(end);
                    break;
                }
            }
            return true;
        }
        finally
        {
            Volatile.Write(ref _receivingPost, 0);
        }
    }

    /// <summary>A long-polling GET: the packets waiting for the client.</summary>
    public async Task<PollResult> PollAsync(CancellationToken requestAborted)
    {
        if (Volatile.Read(ref _transport) is not PollingTransport polling)
        {
            return PollResult.Aborted;
        }
        var result = await polling.PollAsync(requestAborted);
        if (result.IsOverlap)
        {
            End(SessionEnd.ProtocolError("overlapping GET"));
        }
        return result;
    }

    /// <summary>The client probed a WebSocket (<c>2probe</c> answered): flush its waiting poll. False if it cannot upgrade.</summary>
    public bool BeginUpgrade()
    {
        if (_endRequested.Task.IsCompleted || Volatile.Read(ref _transport) is not PollingTransport polling
            || Interlocked.Exchange(ref _upgrading, 1) == 1)
        {
            return false;
        }
        polling.BeginUpgrade();
        return true;
    }

    public void CancelUpgrade()
    {
        if (Volatile.Read(ref _transport) is PollingTransport polling)
        {
            polling.CancelUpgrade();
        }
        Volatile.Write(ref _upgrading, 0);
    }

    /// <summary>The client sent <c>5</c> on the probed WebSocket: from now on every packet goes over it, buffered ones first.</summary>
    public async Task<bool> CompleteUpgradeAsync(WebSocketTransport webSocket, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            if (_endRequested.Task.IsCompleted || Volatile.Read(ref _transport) is not PollingTransport polling)
            {
                return false;
            }
            var leftover = polling.Detach();
            Volatile.Write(ref _transport, webSocket);
            foreach (var packet in leftover)
            {
                await webSocket.SendAsync(packet, cancellationToken);
            }
            LogUpgraded(_logger, Id);
            return true;
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task RunAsync()
    {
        var token = _lifetime.Token;
        _openedAt = _time.GetUtcNow();
        Task<SessionEnd>[] loops = [];
        SessionEnd end;
        try
        {
            var handshake = new EngineIoHandshake
            {
                Sid = Id,
                Upgrades = _transport is PollingTransport ? [WebSocketTransport.TransportName] : [],
                PingInterval = _options.PingIntervalMs,
                PingTimeout = _options.PingTimeoutMs,
                MaxPayload = _options.MaxPayloadBytes,
            };
            await SendAsync(handshake.ToPacket(), token);
            loops = [HeartbeatLoopAsync(token), WriteEventsAsync(token)];
            var first = await Task.WhenAny([.. loops, _endRequested.Task]);
            // A hub request also closes the queue and so ends the writer; report the request, which says why.
            end = _endRequested.Task.IsCompleted ? await _endRequested.Task : await first;
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or InvalidOperationException)
        {
            end = new SessionEnd("transport error", Graceful: false);
        }
        _endRequested.TrySetResult(end);

        _hub.Remove(this);
        Queue.Close();
        var transport = Volatile.Read(ref _transport);
        if (end.Graceful)
        {
            await CloseGracefullyAsync(transport, end);
        }
        else
        {
            transport.Abort();
        }
        await _lifetime.CancelAsync();
        await Task.WhenAll(loops);
        transport.Abort();
        // Again, now that the loops have stopped: a CONNECT being handled may have joined the hub after the first removal.
        _hub.Remove(this);
        LogSessionEnded(_logger, Id, end.Reason);
    }

    private async Task CloseGracefullyAsync(IEngineIoTransport transport, SessionEnd end)
    {
        try
        {
            using var timeout = new CancellationTokenSource(CloseHandshakeTimeout, _time);
            await _sendLock.WaitAsync(timeout.Token);
            try
            {
                await Volatile.Read(ref _transport).BeginCloseAsync(end, timeout.Token);
            }
            finally
            {
                _sendLock.Release();
            }
            await transport.WaitClosedAsync(timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or InvalidOperationException)
        {
            // The client is gone or not answering: aborting the transport is all that is left.
        }
    }

    private async Task<SessionEnd?> HandlePacketAsync(EngineIoPacket packet, CancellationToken token)
    {
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
            case EngineIoPacketType.Noop:
                return null;
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
        var ns = packet.Namespace;
        var isServed = SocketIoNamespaces.IsServed(ns);
        var joined = _namespaces.Contains(ns);
        switch (packet.Type)
        {
            case SocketIoPacketType.Connect when !isServed:
                await SendAsync(SocketIoFrames.InvalidNamespace(ns), token);
                return null;
            case SocketIoPacketType.Connect:
                await JoinAsync(ns, token);
                return null;
            case SocketIoPacketType.Disconnect when joined:
                ImmutableInterlocked.Update(ref _namespaces, list => list.Remove(ns));
                // With no namespace left the socket has nothing to carry (the client closes it too).
                return IsConnected ? null : new SessionEnd("client disconnected", Graceful: true);
            case SocketIoPacketType.Event when joined && packet.AckId is { } ackId:
                var reply = ClientEventReplies.For(packet.EventName!, _time.GetUtcNow());
                await SendAsync(SocketIoFrames.Ack(ns, ackId, reply), token);
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

    private async Task JoinAsync(string ns, CancellationToken token)
    {
        await _sendLock.WaitAsync(token);
        try
        {
            if (_namespaces.Contains(ns))
            {
                return;
            }
            // Reply and join under the send lock, so no event of this namespace can precede the CONNECT reply.
            await SendUnlockedAsync(EncodeUtf8(SocketIoFrames.Connected(ns, SessionIds.New())), token);
            var wasConnected = IsConnected;
            ImmutableInterlocked.Update(ref _namespaces, list => list.Add(ns));
            if (!wasConnected)
            {
                _hub.Add(this);
                if (_endRequested.Task.IsCompleted)
                {
                    // The session ended while this CONNECT was handled, after its own removal from the hub.
                    _hub.Remove(this);
                }
            }
        }
        finally
        {
            _sendLock.Release();
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
                // The timeout covers sending the ping too: a client that stopped reading blocks the send. A polling
                // client that stopped polling never sees the ping, so this also ends abandoned polling sessions.
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
            while (true)
            {
                await Volatile.Read(ref _transport).WaitWritableAsync(token);
                if (!await Queue.WaitToReadAsync(token))
                {
                    return new SessionEnd("event queue closed", Graceful: false);
                }
                if (Queue.TryDequeue(out var realtimeEvent))
                {
                    foreach (var ns in _namespaces)
                    {
                        await SendAsync(realtimeEvent.SocketIoFrameIn(ns), token);
                    }
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or InvalidOperationException)
        {
            return new SessionEnd("transport error", Graceful: false);
        }
    }

    private Task SendAsync(EngineIoPacket packet, CancellationToken token) => SendAsync(EncodeUtf8(packet), token);

    private async Task SendAsync(ReadOnlyMemory<byte> frame, CancellationToken token)
    {
        await _sendLock.WaitAsync(token);
        try
        {
            await SendUnlockedAsync(frame, token);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private Task SendUnlockedAsync(ReadOnlyMemory<byte> frame, CancellationToken token) =>
        Volatile.Read(ref _transport).SendAsync(frame, token);

    private static byte[] EncodeUtf8(EngineIoPacket packet) => Encoding.UTF8.GetBytes(packet.Encode());

    [LoggerMessage(EventId = 3420, Level = LogLevel.Debug, Message = "socket.io session {SessionId} ended: {Reason}")]
    private static partial void LogSessionEnded(ILogger logger, string sessionId, string reason);

    [LoggerMessage(EventId = 3421, Level = LogLevel.Debug, Message = "socket.io session {SessionId} upgraded from polling to websocket")]
    private static partial void LogUpgraded(ILogger logger, string sessionId);
}
