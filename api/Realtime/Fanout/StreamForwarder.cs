using System.Text.Json;
using Orleans.Streams;
using OrleansTrading.Api.Realtime.Events;
using OrleansTrading.GrainInterfaces.Streams;

namespace OrleansTrading.Api.Realtime.Fanout;

/// <summary>
/// Keeps one subscription to a namespace's <see cref="StreamKeys.All"/> stream and turns each item into a realtime
/// event for the hub.
/// </summary>
public sealed partial class StreamForwarder<TPayload>(
    string streamNamespace,
    string eventName,
    bool isDroppable,
    RealtimeHub hub,
    JsonSerializerOptions json,
    ILogger logger) : IStreamForwarder
{
    private StreamSubscriptionHandle<TPayload>? _handle;

    public string StreamNamespace => streamNamespace;

    public bool IsSubscribed => Volatile.Read(ref _handle) is not null;

    public async Task EnsureSubscribedAsync(IStreamProvider streams, CancellationToken cancellationToken)
    {
        var stream = streams.GetStream<TPayload>(StreamId.Create(streamNamespace, StreamKeys.All));
        var current = Volatile.Read(ref _handle);
        if (current is not null)
        {
            // The pub-sub registry can lose a subscription (memory storage after a whole-cluster restart): trust it, not us.
            var live = await stream.GetAllSubscriptionHandles().WaitAsync(cancellationToken);
            if (live.Any(h => h.HandleId == current.HandleId))
            {
                return;
            }
            LogSubscriptionLost(logger, streamNamespace);
        }
        Volatile.Write(ref _handle, await stream.SubscribeAsync(OnNextAsync, OnErrorAsync).WaitAsync(cancellationToken));
        LogSubscribed(logger, streamNamespace, eventName);
    }

    public async Task UnsubscribeAsync()
    {
        if (Interlocked.Exchange(ref _handle, null) is { } handle)
        {
            await handle.UnsubscribeAsync();
        }
    }

    private Task OnNextAsync(TPayload item, StreamSequenceToken? token)
    {
        hub.Broadcast(RealtimeEvent.Create(eventName, item, isDroppable, json));
        return Task.CompletedTask;
    }

    private Task OnErrorAsync(Exception error)
    {
        // Forget the handle so the fan-out service's next check subscribes again.
        Volatile.Write(ref _handle, null);
        LogStreamError(logger, error, streamNamespace);
        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 3410, Level = LogLevel.Information, Message = "Realtime: subscribed to stream {StreamNamespace}/all, forwarded as {EventName}")]
    private static partial void LogSubscribed(ILogger logger, string streamNamespace, string eventName);

    [LoggerMessage(EventId = 3411, Level = LogLevel.Warning, Message = "Realtime: the subscription to stream {StreamNamespace}/all is gone; subscribing again")]
    private static partial void LogSubscriptionLost(ILogger logger, string streamNamespace);

    [LoggerMessage(EventId = 3412, Level = LogLevel.Error, Message = "Realtime: stream {StreamNamespace}/all reported an error; it will be subscribed again")]
    private static partial void LogStreamError(ILogger logger, Exception error, string streamNamespace);
}
