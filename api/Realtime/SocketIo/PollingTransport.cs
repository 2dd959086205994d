using System.Text;
using OrleansTrading.Api.Realtime.Protocol;

namespace OrleansTrading.Api.Realtime.SocketIo;

/// <summary>
/// The HTTP long-polling transport: packets wait in a buffer until the client's GET takes them all as one payload.
/// At most one GET may wait at a time; it is held until there is something to send (the heartbeat guarantees that
/// within a ping interval), or answered with a noop (<c>6</c>) when the client is moving to a WebSocket.
/// </summary>
public sealed class PollingTransport : IEngineIoTransport
{
    public const string TransportName = "polling";

    /// <summary>
    /// A buffer this large stops the event writer, so further events wait in the client's bounded queue, where its
    /// drop-or-disconnect policy applies, rather than piling up here.
    /// </summary>
    public const int MaxBufferedBytes = 256 * 1024;

    private static readonly byte[] NoopPayload = Encoding.ASCII.GetBytes(new EngineIoPacket(EngineIoPacketType.Noop, "").Encode());
    private static readonly byte[] ClosePayload = Encoding.ASCII.GetBytes(new EngineIoPacket(EngineIoPacketType.Close, "").Encode());

    private readonly Lock _gate = new();
    private readonly List<ReadOnlyMemory<byte>> _buffered = [];
    private readonly TaskCompletionSource _closeDelivered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _bufferedBytes;
    private TaskCompletionSource<PollResult>? _waitingPoll;
    private TaskCompletionSource _writable = NewSignal(completed: true);
    private bool _upgrading;
    private bool _detached;
    private bool _closing;

    public string Name => TransportName;

    public Task SendAsync(ReadOnlyMemory<byte> packet, CancellationToken cancellationToken)
    {
        TaskCompletionSource<PollResult>? poll;
        PollResult flushed;
        lock (_gate)
        {
            _buffered.Add(packet);
            _bufferedBytes += packet.Length;
            if (_bufferedBytes >= MaxBufferedBytes && _writable.Task.IsCompleted && !_detached)
            {
                _writable = NewSignal(completed: false);
            }
            poll = TakeWaitingPoll();
            flushed = poll is null ? default : Flush();
        }
        poll?.TrySetResult(flushed);
        return Task.CompletedTask;
    }

    public Task WaitWritableAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _writable.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// A GET: the buffered packets at once, or the first ones to arrive. <see cref="PollResult.Overlap"/> when another
    /// GET is already waiting (the reference server closes the session for that).
    /// </summary>
    public async Task<PollResult> PollAsync(CancellationToken requestAborted)
    {
        TaskCompletionSource<PollResult> poll;
        lock (_gate)
        {
            if (_waitingPoll is not null)
            {
                return PollResult.Overlap;
            }
            if (_buffered.Count > 0)
            {
                return Flush();
            }
            if (_closing)
            {
                _closeDelivered.TrySetResult();
                return new PollResult(ClosePayload);
            }
            if (_upgrading || _detached)
            {
                return new PollResult(NoopPayload);
            }
            poll = new TaskCompletionSource<PollResult>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waitingPoll = poll;
        }
        try
        {
            return await poll.Task.WaitAsync(requestAborted);
        }
        catch (OperationCanceledException)
        {
            lock (_gate)
            {
                if (_waitingPoll == poll)
                {
                    _waitingPoll = null;
                }
            }
            // Taken by a send at the very moment the client went away: those packets are lost with the client.
            return PollResult.Aborted;
        }
    }

    /// <summary>The client has probed a WebSocket: answer the waiting GET with a noop so the client can pause polling.</summary>
    public void BeginUpgrade() => AnswerWaitingPoll(upgrading: true, NoopPayload);

    public void CancelUpgrade()
    {
        lock (_gate)
        {
            _upgrading = false;
        }
    }

    /// <summary>
    /// The session moved to a WebSocket: returns what was buffered, in order, for the WebSocket to send first.
    /// Called with the session's send lock held, so nothing is buffered here afterwards.
    /// </summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Detach()
    {
        TaskCompletionSource<PollResult>? poll;
        List<ReadOnlyMemory<byte>> leftover;
        lock (_gate)
        {
            _detached = true;
            leftover = [.. _buffered];
            _buffered.Clear();
            _bufferedBytes = 0;
            _writable.TrySetResult();
            poll = TakeWaitingPoll();
        }
        poll?.TrySetResult(new PollResult(NoopPayload));
        return leftover;
    }

    public Task BeginCloseAsync(SessionEnd end, CancellationToken cancellationToken)
    {
        TaskCompletionSource<PollResult>? poll;
        lock (_gate)
        {
            _closing = true;
            // Packets not yet polled are abandoned, as the WebSocket abandons unsent events: the client reconnects anyway.
            _buffered.Clear();
            _bufferedBytes = 0;
            _writable.TrySetResult();
            poll = TakeWaitingPoll();
        }
        if (poll is not null && poll.TrySetResult(new PollResult(ClosePayload)))
        {
            _closeDelivered.TrySetResult();
        }
        return Task.CompletedTask;
    }

    public Task WaitClosedAsync(CancellationToken cancellationToken) => _closeDelivered.Task.WaitAsync(cancellationToken);

    public void Abort()
    {
        TaskCompletionSource<PollResult>? poll;
        lock (_gate)
        {
            _closing = true;
            _buffered.Clear();
            _bufferedBytes = 0;
            _writable.TrySetResult();
            poll = TakeWaitingPoll();
        }
        poll?.TrySetResult(PollResult.Aborted);
    }

    private void AnswerWaitingPoll(bool upgrading, byte[] payload)
    {
        TaskCompletionSource<PollResult>? poll;
        lock (_gate)
        {
            _upgrading = upgrading;
            poll = TakeWaitingPoll();
        }
        poll?.TrySetResult(new PollResult(payload));
    }

    private TaskCompletionSource<PollResult>? TakeWaitingPoll()
    {
        var poll = _waitingPoll;
        _waitingPoll = null;
        return poll;
    }

    private PollResult Flush()
    {
        var body = EngineIoPayload.Encode(_buffered);
        _buffered.Clear();
        _bufferedBytes = 0;
        _writable.TrySetResult();
        return new PollResult(body);
    }

    private static TaskCompletionSource NewSignal(bool completed)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
        {
            signal.TrySetResult();
        }
        return signal;
    }
}
