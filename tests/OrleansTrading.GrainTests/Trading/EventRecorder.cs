using System.Collections.Concurrent;
using Orleans.Streams;
using OrleansTrading.GrainInterfaces.Positions;
using OrleansTrading.GrainInterfaces.Streams;
using OrleansTrading.GrainInterfaces.Trades;

namespace OrleansTrading.GrainTests.Trading;

/// <summary>Records one bot's <c>trade_executed</c> and <c>position_updated</c> events from the cluster's streams, in arrival order.</summary>
public sealed class EventRecorder : IAsyncDisposable
{
    private readonly string _botId;
    private readonly List<StreamSubscriptionHandle<Trade>> _tradeHandles = [];
    private readonly List<StreamSubscriptionHandle<Position>> _positionHandles = [];

    private EventRecorder(string botId) => _botId = botId;

    public ConcurrentQueue<Trade> Trades { get; } = new();

    public ConcurrentQueue<Position> Positions { get; } = new();

    public static async Task<EventRecorder> StartAsync(IClusterClient client, string botId)
    {
        var recorder = new EventRecorder(botId);
        var streams = client.GetStreamProvider(StreamNames.Provider);
        recorder._tradeHandles.Add(await streams.GetStream<Trade>(StreamId.Create(StreamNames.Trades, StreamKeys.All))
            .SubscribeAsync((trade, _) =>
            {
                if (trade.BotId == botId)
                {
                    recorder.Trades.Enqueue(trade);
                }
                return Task.CompletedTask;
            }));
        recorder._positionHandles.Add(await streams.GetStream<Position>(StreamId.Create(StreamNames.Positions, StreamKeys.All))
            .SubscribeAsync((position, _) =>
            {
                if (position.BotId == botId)
                {
                    recorder.Positions.Enqueue(position);
                }
                return Task.CompletedTask;
            }));
        return recorder;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var handle in _tradeHandles)
        {
            await handle.UnsubscribeAsync();
        }
        foreach (var handle in _positionHandles)
        {
            await handle.UnsubscribeAsync();
        }
    }
}
