using Orleans.Streams;

namespace OrleansTrading.Api.Realtime.Fanout;

/// <summary>A <see cref="StreamForwarder{TPayload}"/> without its payload type, so the fan-out service can hold all six.</summary>
public interface IStreamForwarder
{
    string StreamNamespace { get; }

    bool IsSubscribed { get; }

    /// <summary>Subscribes unless the stream's pub-sub registry still holds this forwarder's subscription.</summary>
    Task EnsureSubscribedAsync(IStreamProvider streams, CancellationToken cancellationToken);

    Task UnsubscribeAsync();
}
