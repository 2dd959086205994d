using System.Threading.Channels;
using OrleansTrading.Api.Realtime.Events;

namespace OrleansTrading.Api.Realtime.Fanout;

/// <summary>
/// One client's bounded, ordered queue of events waiting to be written. Writers (the hub, on the stream callback
/// thread) never wait: when the queue is full the oldest queued price update is dropped, and when no price update is
/// left to drop the queue closes itself (<see cref="EnqueueOutcome.Overflowed"/>) so its client can be disconnected.
/// </summary>
/// <remarks>
/// A bounded <see cref="Channel{T}"/> alone cannot hold this policy: its <c>DropOldest</c> mode drops whatever is
/// oldest, trades included. So the events live in a linked list with an index of the droppable ones (O(1) removal
/// of the oldest), and a one-slot channel serves only as the reader's doorbell.
/// </remarks>
public sealed class ClientEventQueue
{
    private readonly Lock _gate = new();
    private readonly LinkedList<RealtimeEvent> _pending = new();

    // The queued droppable events in order; its head is always the oldest droppable node of _pending.
    private readonly Queue<LinkedListNode<RealtimeEvent>> _droppable = new();

    private readonly Channel<bool> _doorbell = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private bool _closed;
    private long _droppedCount;

    public ClientEventQueue(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    public int Capacity { get; }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>Price updates this client has missed because it read too slowly.</summary>
    public long DroppedCount => Interlocked.Read(ref _droppedCount);

    public EnqueueOutcome Enqueue(RealtimeEvent realtimeEvent)
    {
        var outcome = EnqueueOutcome.Enqueued;
        lock (_gate)
        {
            if (_closed)
            {
                return EnqueueOutcome.Closed;
            }
            if (_pending.Count >= Capacity)
            {
                if (_droppable.TryDequeue(out var oldestDroppable))
                {
                    _pending.Remove(oldestDroppable);
                    outcome = EnqueueOutcome.EnqueuedDroppingOldestPriceUpdate;
                }
                else if (realtimeEvent.IsDroppable)
                {
                    Interlocked.Increment(ref _droppedCount);
                    return EnqueueOutcome.DroppedIncoming;
                }
                else
                {
                    _closed = true;
                    _doorbell.Writer.TryComplete();
                    return EnqueueOutcome.Overflowed;
                }
                Interlocked.Increment(ref _droppedCount);
            }
            var node = _pending.AddLast(realtimeEvent);
            if (realtimeEvent.IsDroppable)
            {
                _droppable.Enqueue(node);
            }
        }
        _doorbell.Writer.TryWrite(true);
        return outcome;
    }

    public bool TryDequeue([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RealtimeEvent? realtimeEvent)
    {
        lock (_gate)
        {
            var head = _pending.First;
            if (_closed || head is null)
            {
                realtimeEvent = null;
                return false;
            }
            _pending.RemoveFirst();
            if (head.Value.IsDroppable)
            {
                _droppable.Dequeue();
            }
            realtimeEvent = head.Value;
            return true;
        }
    }

    /// <summary>Waits until an event can be dequeued; false once the queue is closed (events still queued are abandoned).</summary>
    public async ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            lock (_gate)
            {
                if (_closed)
                {
                    return false;
                }
                if (_pending.Count > 0)
                {
                    return true;
                }
            }
            if (!await _doorbell.Reader.WaitToReadAsync(cancellationToken))
            {
                return false;
            }
            _doorbell.Reader.TryRead(out _);
        }
    }

    /// <summary>Stops accepting and handing out events (the client is disconnecting).</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            _pending.Clear();
            _droppable.Clear();
        }
        _doorbell.Writer.TryComplete();
    }
}
