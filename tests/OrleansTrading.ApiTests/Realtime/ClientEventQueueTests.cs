using OrleansTrading.Api.Realtime.Events;
using OrleansTrading.Api.Realtime.Fanout;

namespace OrleansTrading.ApiTests.Realtime;

public sealed class ClientEventQueueTests
{
    [Fact]
    public void Events_come_out_in_the_order_they_went_in()
    {
        var queue = new ClientEventQueue(8);
        var events = new[] { RealtimeEvents.Price("p1"), RealtimeEvents.Trade("t1"), RealtimeEvents.Price("p2") };
        foreach (var e in events)
        {
            Assert.Equal(EnqueueOutcome.Enqueued, queue.Enqueue(e));
        }

        Assert.Equal(events, Drain(queue));
    }

    [Fact]
    public void A_full_queue_drops_its_oldest_price_update_to_make_room_and_keeps_every_trade()
    {
        var queue = new ClientEventQueue(3);
        var p1 = RealtimeEvents.Price("p1");
        var t1 = RealtimeEvents.Trade("t1");
        var p2 = RealtimeEvents.Price("p2");
        var t2 = RealtimeEvents.Trade("t2");
        var p3 = RealtimeEvents.Price("p3");
        queue.Enqueue(p1);
        queue.Enqueue(t1);
        queue.Enqueue(p2);

        Assert.Equal(EnqueueOutcome.EnqueuedDroppingOldestPriceUpdate, queue.Enqueue(t2));
        Assert.Equal(EnqueueOutcome.EnqueuedDroppingOldestPriceUpdate, queue.Enqueue(p3));

        Assert.Equal([t1, t2, p3], Drain(queue));
        Assert.Equal(2, queue.DroppedCount);
    }

    [Fact]
    public void A_queue_full_of_trades_drops_an_incoming_price_update_and_stays_open()
    {
        var queue = new ClientEventQueue(2);
        var t1 = RealtimeEvents.Trade("t1");
        var t2 = RealtimeEvents.Trade("t2");
        queue.Enqueue(t1);
        queue.Enqueue(t2);

        Assert.Equal(EnqueueOutcome.DroppedIncoming, queue.Enqueue(RealtimeEvents.Price("p1")));

        Assert.Equal([t1, t2], Drain(queue));
        Assert.Equal(1, queue.DroppedCount);
        Assert.Equal(EnqueueOutcome.Enqueued, queue.Enqueue(RealtimeEvents.Trade("t3")));
    }

    [Fact]
    public async Task A_queue_full_of_trades_overflows_on_one_more_trade_and_closes_instead_of_losing_it()
    {
        var queue = new ClientEventQueue(2);
        queue.Enqueue(RealtimeEvents.Trade("t1"));
        queue.Enqueue(RealtimeEvents.Position("pos1"));

        Assert.Equal(EnqueueOutcome.Overflowed, queue.Enqueue(RealtimeEvents.Trade("t2")));

        Assert.False(await queue.WaitToReadAsync(CancellationToken.None));
        Assert.False(queue.TryDequeue(out _));
        Assert.Equal(EnqueueOutcome.Closed, queue.Enqueue(RealtimeEvents.Price("p1")));
        Assert.Equal(0, queue.DroppedCount);
    }

    [Fact]
    public void Dequeued_price_updates_are_no_longer_candidates_for_dropping()
    {
        var queue = new ClientEventQueue(3);
        var t1 = RealtimeEvents.Trade("t1");
        var p2 = RealtimeEvents.Price("p2");
        var t2 = RealtimeEvents.Trade("t2");
        var t3 = RealtimeEvents.Trade("t3");
        queue.Enqueue(RealtimeEvents.Price("p1"));
        queue.Enqueue(t1);
        queue.Enqueue(p2);
        Assert.True(queue.TryDequeue(out _));
        queue.Enqueue(t2);

        Assert.Equal(EnqueueOutcome.EnqueuedDroppingOldestPriceUpdate, queue.Enqueue(t3));

        Assert.Equal([t1, t2, t3], Drain(queue));
    }

    [Fact]
    public async Task A_waiting_reader_wakes_when_an_event_arrives()
    {
        var queue = new ClientEventQueue(4);
        var waiting = queue.WaitToReadAsync(CancellationToken.None).AsTask();
        await Task.Delay(20);
        Assert.False(waiting.IsCompleted);

        queue.Enqueue(RealtimeEvents.Trade("t1"));

        Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.True(queue.TryDequeue(out var dequeued));
        Assert.Equal("trade_executed", dequeued.Name);
    }

    [Fact]
    public async Task Closing_releases_a_waiting_reader_and_discards_what_was_queued()
    {
        var queue = new ClientEventQueue(4);
        var waiting = queue.WaitToReadAsync(CancellationToken.None).AsTask();

        queue.Close();

        Assert.False(await waiting.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(0, queue.Count);
        Assert.Equal(EnqueueOutcome.Closed, queue.Enqueue(RealtimeEvents.Trade("t1")));
    }

    private static List<RealtimeEvent> Drain(ClientEventQueue queue)
    {
        var drained = new List<RealtimeEvent>();
        while (queue.TryDequeue(out var e))
        {
            drained.Add(e);
        }
        return drained;
    }
}
