using Microsoft.Extensions.Logging.Abstractions;
using OrleansTrading.Api.Realtime.Events;
using OrleansTrading.Api.Realtime.Fanout;

namespace OrleansTrading.ApiTests.Realtime;

public sealed class RealtimeHubTests
{
    private readonly RealtimeHub _hub = new(NullLogger<RealtimeHub>.Instance);

    [Fact]
    public void A_broadcast_puts_the_same_encoded_event_in_every_client_queue()
    {
        var clients = Enumerable.Range(0, 100).Select(i => new RecordingClient($"c{i}", capacity: 8)).ToList();
        clients.ForEach(_hub.Add);
        var trade = RealtimeEvents.Trade("t1");

        _hub.Broadcast(trade);

        Assert.All(clients, c =>
        {
            Assert.True(c.Queue.TryDequeue(out var queued));
            Assert.Same(trade, queued);
        });
    }

    [Fact]
    public void A_client_that_stopped_reading_is_disconnected_on_overflow_while_the_others_keep_every_trade()
    {
        var slow = new RecordingClient("slow", capacity: 4);
        var fast = new RecordingClient("fast", capacity: 4);
        _hub.Add(slow);
        _hub.Add(fast);
        var received = new List<string>();

        for (var i = 0; i < 50; i++)
        {
            _hub.Broadcast(RealtimeEvents.Trade($"t{i}"));
            _hub.Broadcast(RealtimeEvents.Price("AAA", i));
            while (fast.Queue.TryDequeue(out var e))
            {
                received.Add(e.Name);
            }
        }

        Assert.Equal(50, received.Count(n => n == RealtimeEventNames.TradeExecuted));
        Assert.Equal([("event queue overflow", false)], slow.Disconnects);
        Assert.Empty(fast.Disconnects);
        Assert.Equal(1, _hub.ConnectedCount);
        Assert.Equal(1, _hub.OverflowDisconnects);
    }

    [Fact]
    public void A_client_behind_on_price_updates_only_loses_the_oldest_ones_and_stays_connected()
    {
        var behind = new RecordingClient("behind", capacity: 3);
        _hub.Add(behind);

        for (var i = 1; i <= 10; i++)
        {
            _hub.Broadcast(RealtimeEvents.Price("AAA", i));
        }

        Assert.Empty(behind.Disconnects);
        Assert.Equal(7, behind.Queue.DroppedCount);
        var prices = new List<string>();
        while (behind.Queue.TryDequeue(out var e))
        {
            prices.Add(System.Text.Encoding.UTF8.GetString(e.PayloadJson.Span));
        }
        Assert.All(prices, p => Assert.Contains("\"symbol\":\"AAA\"", p, StringComparison.Ordinal));
        Assert.Equal(["8", "9", "10"], prices.Select(p => System.Text.Json.JsonDocument.Parse(p).RootElement.GetProperty("price").GetRawText()));
    }

    [Fact]
    public void Disconnect_all_asks_every_client_for_a_graceful_close_and_empties_the_hub()
    {
        var clients = new[] { new RecordingClient("a", 4), new RecordingClient("b", 4) };
        Array.ForEach(clients, _hub.Add);

        Assert.Equal(2, _hub.DisconnectAll("test"));

        Assert.All(clients, c => Assert.Equal([("test", true)], c.Disconnects));
        Assert.Equal(0, _hub.ConnectedCount);
        _hub.Broadcast(RealtimeEvents.Trade("late"));
        Assert.All(clients, c => Assert.Equal(0, c.Queue.Count));
    }

    [Fact]
    public void Removing_a_client_stops_its_events()
    {
        var client = new RecordingClient("a", 4);
        _hub.Add(client);
        _hub.Remove(client);

        _hub.Broadcast(RealtimeEvents.Trade("t1"));

        Assert.Equal(0, client.Queue.Count);
    }

    private sealed class RecordingClient(string id, int capacity) : IRealtimeClient
    {
        public string Id => id;

        public string Transport => "test";

        public ClientEventQueue Queue { get; } = new(capacity);

        public List<(string Reason, bool Graceful)> Disconnects { get; } = [];

        public void Disconnect(string reason, bool graceful) => Disconnects.Add((reason, graceful));
    }
}
