using System.Diagnostics;
using System.Text.Json;
using OrleansTrading.Api.Realtime.Events;
using OrleansTrading.GrainInterfaces.Json;

namespace OrleansTrading.ApiTests.Realtime;

/// <summary>A client that stops reading must cost only itself: others keep getting every trade, promptly.</summary>
[Collection(RealtimeCollection.Name)]
public sealed class SlowClientTests(RealtimeServerFixture fixture)
{
    private const int FloodTrades = 300;

    [Fact]
    public async Task A_client_that_never_reads_is_disconnected_on_overflow_while_a_fast_client_gets_every_trade_in_order()
    {
        var endpoint = EngineIoTestSocket.Endpoint(fixture.Server.BaseAddress);
        using var fast = await EngineIoTestSocket.ConnectAsync(endpoint);
        await fast.HandshakeAsync();
        var connectedBefore = fixture.Hub.ConnectedCount;
        // A 4 KB TCP window: once the kernel buffers are full the server's sends to it block.
        using var slow = await EngineIoTestSocket.ConnectAsync(endpoint, receiveBufferBytes: 4096);
        await slow.SendAsync("40");
        await WaitUntilAsync(() => fixture.Hub.ConnectedCount == connectedBefore + 1, "the slow client to join");
        var overflowsBefore = fixture.Hub.OverflowDisconnects;
        var received = ReceiveFloodAsync(fast);

        // 300 trades of ~64 KB (19 MB): far beyond what the slow client's socket buffers and 64-event queue can hold.
        var padding = JsonSerializer.Serialize(new { padding = new string('x', 64 * 1024) });
        var flood = Stopwatch.StartNew();
        for (var i = 0; i < FloodTrades; i++)
        {
            var trade = RealtimeEvents.SampleTrade($"flood-{i:D4}", padding);
            fixture.Hub.Broadcast(RealtimeEvent.Create(RealtimeEventNames.TradeExecuted, trade, isDroppable: false, TradingJson.Options));
            if (i % 10 == 9)
            {
                // Trades arrive over time, not all in one instant: the fast client's queue only has to absorb bursts.
                await Task.Delay(10);
            }
        }
        flood.Stop();

        Assert.Equal(Enumerable.Range(0, FloodTrades).Select(i => $"flood-{i:D4}"), await received);
        Assert.True(flood.Elapsed < TimeSpan.FromMilliseconds(RealtimeServerFixture.PingTimeoutMs),
            $"Broadcasting took {flood.Elapsed}: it waited for the stalled client.");
        Assert.Equal(overflowsBefore + 1, fixture.Hub.OverflowDisconnects);
        Assert.Equal(connectedBefore, fixture.Hub.ConnectedCount);
    }

    private static async Task<List<string>> ReceiveFloodAsync(EngineIoTestSocket socket)
    {
        var ids = new List<string>();
        while (ids.Count < FloodTrades)
        {
            var frame = await socket.ReceiveUntilAsync(f => f.StartsWith("42[\"trade_executed\"", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
            var id = JsonDocument.Parse(frame[2..]).RootElement[1].GetProperty("id").GetString()!;
            if (id.StartsWith("flood-", StringComparison.Ordinal))
            {
                ids.Add(id);
            }
        }
        return ids;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(10), $"Timed out waiting for {what}.");
            await Task.Delay(20);
        }
    }
}
