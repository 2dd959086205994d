using System.Net;
using System.Text.Json;

namespace OrleansTrading.ApiTests.Realtime;

/// <summary><c>GET /api/events</c> read over real HTTP as a stream, the way curl or an EventSource reads it.</summary>
[Collection(RealtimeCollection.Name)]
public sealed class ServerSentEventsTests(RealtimeServerFixture fixture)
{
    [Fact]
    public async Task Streams_price_updates_and_trades_as_named_events_with_heartbeat_comments_between_them()
    {
        using var response = await OpenStreamAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache);
        using var reader = new ServerSentEventsReader(await response.Content.ReadAsStreamAsync());

        var price = await reader.ReadUntilAsync(r => r.Event == "price_update", TimeSpan.FromSeconds(30));
        SocketIoNodeClientTests.AssertPriceUpdate(JsonDocument.Parse(price.Data!).RootElement);
        await reader.ReadUntilAsync(r => r.Comment == "heartbeat", TimeSpan.FromSeconds(30));

        var trade = JsonDocument.Parse((await reader.ReadUntilAsync(r => r.Event == "trade_executed", TimeSpan.FromSeconds(120))).Data!).RootElement;
        Assert.Equal(fixture.BotId, trade.GetProperty("bot_id").GetString());
        Assert.Contains(trade.GetProperty("type").GetString(), new[] { "buy", "sell" });
        Assert.EndsWith("Z", trade.GetProperty("timestamp").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_side_disconnect_ends_the_response_cleanly()
    {
        using var response = await OpenStreamAsync();
        using var reader = new ServerSentEventsReader(await response.Content.ReadAsStreamAsync());
        await reader.ReadUntilAsync(r => r.Comment == "connected", TimeSpan.FromSeconds(10));

        Assert.True(fixture.Hub.DisconnectAll("test") >= 1);

        await reader.ReadToEndAsync(TimeSpan.FromSeconds(10));
    }

    private async Task<HttpResponseMessage> OpenStreamAsync()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        request.Headers.Accept.ParseAdd("text/event-stream");
        return await fixture.Server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }
}
