using Microsoft.Extensions.Options;
using OrleansTrading.Api.Realtime.Events;
using OrleansTrading.GrainInterfaces.Alerts;
using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.GrainInterfaces.Market;
using OrleansTrading.GrainInterfaces.Positions;
using OrleansTrading.GrainInterfaces.Streams;
using OrleansTrading.GrainInterfaces.Trades;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace OrleansTrading.Api.Realtime.Fanout;

/// <summary>
/// Subscribes the api host to the six event streams at start and forwards their items to the realtime hub. A failed
/// subscription is logged and retried every <see cref="RealtimeOptions.SubscriptionRetryDelayMs"/>; live ones are
/// checked against the stream registry every <see cref="RealtimeOptions.SubscriptionCheckIntervalMs"/>.
/// Registered after the Orleans silo or client, so Orleans is up when this starts.
/// </summary>
public sealed partial class StreamFanOutService : IHostedService, IDisposable
{
    private readonly IClusterClient _client;
    private readonly RealtimeHub _hub;
    private readonly RealtimeOptions _options;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly TimeProvider _time;
    private readonly ILogger<StreamFanOutService> _logger;
    private readonly IReadOnlyList<IStreamForwarder> _forwarders;
    private readonly CancellationTokenSource _stopping = new();
    private Task _maintenance = Task.CompletedTask;
    private DateTimeOffset _lastCheck;

    public StreamFanOutService(
        IClusterClient client,
        RealtimeHub hub,
        IOptions<RealtimeOptions> options,
        IOptions<HttpJsonOptions> httpJson,
        IHostApplicationLifetime lifetime,
        TimeProvider time,
        ILogger<StreamFanOutService> logger)
    {
        _client = client;
        _hub = hub;
        _options = options.Value;
        _lifetime = lifetime;
        _time = time;
        _logger = logger;
        // The very serializer settings the REST endpoints use, so an event and a GET of the same entity look alike.
        var json = httpJson.Value.SerializerOptions;
        _forwarders =
        [
            new StreamForwarder<PriceUpdate>(StreamNames.Prices, RealtimeEventNames.PriceUpdate, isDroppable: true, hub, json, logger),
            new StreamForwarder<Trade>(StreamNames.Trades, RealtimeEventNames.TradeExecuted, isDroppable: false, hub, json, logger),
            new StreamForwarder<Position>(StreamNames.Positions, RealtimeEventNames.PositionUpdated, isDroppable: false, hub, json, logger),
            new StreamForwarder<BotStatusChanged>(StreamNames.Bots, RealtimeEventNames.BotStatusChanged, isDroppable: false, hub, json, logger),
            new StreamForwarder<MarketStatus>(StreamNames.Market, RealtimeEventNames.MarketStatusChanged, isDroppable: false, hub, json, logger),
            new StreamForwarder<Alert>(StreamNames.Alerts, RealtimeEventNames.AlertRaised, isDroppable: false, hub, json, logger),
        ];
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Close the long-lived sockets and SSE streams as soon as shutdown begins: Kestrel waits for running requests.
        _lifetime.ApplicationStopping.Register(() => _hub.DisconnectAll("server shutting down"));
        await SubscribeAsync(verifyLive: false, cancellationToken);
        _lastCheck = _time.GetUtcNow();
        _maintenance = MaintainSubscriptionsAsync(_stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _maintenance;
        foreach (var forwarder in _forwarders)
        {
            try
            {
                await forwarder.UnsubscribeAsync().WaitAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogUnsubscribeFailed(_logger, ex, forwarder.StreamNamespace);
            }
        }
    }

    public void Dispose() => _stopping.Dispose();

    private async Task MaintainSubscriptionsAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_options.SubscriptionRetryDelay, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var verifyLive = _time.GetUtcNow() - _lastCheck >= _options.SubscriptionCheckInterval;
                if (verifyLive)
                {
                    _lastCheck = _time.GetUtcNow();
                }
                await SubscribeAsync(verifyLive, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task SubscribeAsync(bool verifyLive, CancellationToken cancellationToken)
    {
        var streams = _client.GetStreamProvider(StreamNames.Provider);
        foreach (var forwarder in _forwarders.Where(f => verifyLive || !f.IsSubscribed))
        {
            try
            {
                await forwarder.EnsureSubscribedAsync(streams, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogSubscribeFailed(_logger, ex, forwarder.StreamNamespace, _options.SubscriptionRetryDelayMs);
            }
        }
    }

    [LoggerMessage(EventId = 3413, Level = LogLevel.Error, Message = "Realtime: subscribing to stream {StreamNamespace}/all failed; retrying in {RetryDelayMs} ms")]
    private static partial void LogSubscribeFailed(ILogger logger, Exception error, string streamNamespace, int retryDelayMs);

    [LoggerMessage(EventId = 3414, Level = LogLevel.Warning, Message = "Realtime: unsubscribing from stream {StreamNamespace}/all failed")]
    private static partial void LogUnsubscribeFailed(ILogger logger, Exception error, string streamNamespace);
}
