namespace OrleansTrading.Api.Realtime.Fanout;

/// <summary>What <see cref="ClientEventQueue.Enqueue"/> did with an event.</summary>
public enum EnqueueOutcome
{
    /// <summary>Queued; nothing was dropped.</summary>
    Enqueued,

    /// <summary>Queued after dropping the oldest queued price update to make room.</summary>
    EnqueuedDroppingOldestPriceUpdate,

    /// <summary>Not queued: the queue is full of events that are never dropped and this one may be (a price update).</summary>
    DroppedIncoming,

    /// <summary>
    /// Not queued: the queue is full of events that are never dropped and this is one more. The queue has closed
    /// itself; the client must be disconnected (it reconnects and reloads rather than silently missing a trade).
    /// </summary>
    Overflowed,

    /// <summary>Not queued: the client is gone or going.</summary>
    Closed,
}
