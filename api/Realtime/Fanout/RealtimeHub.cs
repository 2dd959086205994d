using System.Collections.Concurrent;
using OrleansTrading.Api.Realtime.Events;

namespace OrleansTrading.Api.Realtime.Fanout;

/// <summary>
/// The set of connected realtime clients and the broadcast to them. Broadcasting only appends the one pre-encoded
/// event to each client's bounded queue, so it never waits for a client; each connection writes from its own queue.
/// </summary>
public sealed partial class RealtimeHub(ILogger<RealtimeHub> logger)
{
    private readonly ConcurrentDictionary<string, IRealtimeClient> _clients = new(StringComparer.Ordinal);
    private long _overflowDisconnects;

    public int ConnectedCount => _clients.Count;

    /// <summary>Clients disconnected since start because their queue filled with events that are never dropped.</summary>
    public long OverflowDisconnects => Interlocked.Read(ref _overflowDisconnects);

    public void Add(IRealtimeClient client)
    {
        if (!_clients.TryAdd(client.Id, client))
        {
            throw new InvalidOperationException($"A realtime client with id {client.Id} is already connected.");
        }
        LogClientConnected(logger, client.Transport, client.Id, _clients.Count);
    }

    public void Remove(IRealtimeClient client)
    {
        if (_clients.TryRemove(new KeyValuePair<string, IRealtimeClient>(client.Id, client)))
        {
            LogClientDisconnected(logger, client.Transport, client.Id, _clients.Count);
        }
    }

    public void Broadcast(RealtimeEvent realtimeEvent)
    {
        foreach (var client in _clients.Values)
        {
            if (client.Queue.Enqueue(realtimeEvent) == EnqueueOutcome.Overflowed)
            {
                Interlocked.Increment(ref _overflowDisconnects);
                LogQueueOverflow(logger, client.Transport, client.Id, client.Queue.Capacity, realtimeEvent.Name);
                Remove(client);
                // Aborted, not closed gracefully: a client this far behind would not read a close frame either.
                client.Disconnect("event queue overflow", graceful: false);
            }
        }
    }

    /// <summary>
    /// Closes every connection cleanly (socket.io clients then reconnect): used when the host stops, and by tests that
    /// check reconnection. Returns how many clients were asked to disconnect.
    /// </summary>
    public int DisconnectAll(string reason)
    {
        var count = 0;
        foreach (var client in _clients.Values)
        {
            Remove(client);
            client.Disconnect(reason, graceful: true);
            count++;
        }
        return count;
    }

    [LoggerMessage(EventId = 3400, Level = LogLevel.Debug, Message = "Realtime {Transport} client {ClientId} connected ({Count} connected)")]
    private static partial void LogClientConnected(ILogger logger, string transport, string clientId, int count);

    [LoggerMessage(EventId = 3401, Level = LogLevel.Debug, Message = "Realtime {Transport} client {ClientId} disconnected ({Count} connected)")]
    private static partial void LogClientDisconnected(ILogger logger, string transport, string clientId, int count);

    [LoggerMessage(EventId = 3402, Level = LogLevel.Warning, Message =
        "Realtime {Transport} client {ClientId} disconnected: its queue of {Capacity} events is full of events that are never dropped (last: {EventName})")]
    private static partial void LogQueueOverflow(ILogger logger, string transport, string clientId, int capacity, string eventName);
}
