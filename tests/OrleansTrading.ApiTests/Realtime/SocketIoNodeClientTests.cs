using System.Text.Json;

namespace OrleansTrading.ApiTests.Realtime;

/// <summary>The npm socket.io-client 4.x, as the dashboard configures it, against the real api over real sockets.</summary>
[Collection(RealtimeCollection.Name)]
public sealed class SocketIoNodeClientTests(RealtimeServerFixture fixture)
{
    [Fact]
    public async Task The_stock_client_connects_gets_prices_and_trades_survives_server_pings_and_reconnects_after_a_drop()
    {
        await using var node = await NodeSocketIoClient.StartAsync(fixture.Server.BaseAddress, TimeSpan.FromSeconds(170));

        var (connectedAt, connected) = await node.WaitForAsync("connect", l => Type(l) == "connect", TimeSpan.FromSeconds(30));
        var firstSocketId = connected.GetProperty("id").GetString()!;
        Assert.Matches("^[A-Za-z0-9_-]{20}$", firstSocketId);

        var (_, ack) = await node.WaitForAsync("ack of the ping emit", l => Type(l) == "ack", TimeSpan.FromSeconds(10), connectedAt);
        Assert.True(ack.GetProperty("reply").GetProperty("pong").GetBoolean());

        // Two server pings, each answered by the client, with no disconnect: the heartbeat keeps the session alive.
        var (firstPing, _) = await node.WaitForAsync("a server ping", l => Type(l) == "engine_ping", TimeSpan.FromSeconds(10), connectedAt);
        var (secondPing, _) = await node.WaitForAsync("a second server ping", l => Type(l) == "engine_ping", TimeSpan.FromSeconds(10), firstPing + 1);
        Assert.DoesNotContain(node.Lines.Take(secondPing + 1), l => Type(l) is "disconnect" or "connect_error");

        var (_, price) = await node.WaitForAsync("price_update", l => IsEvent(l, "price_update"), TimeSpan.FromSeconds(30), connectedAt);
        AssertPriceUpdate(price.GetProperty("payload"));

        Assert.True(fixture.Hub.DisconnectAll("test drops every connection") >= 1);
        var (droppedAt, dropped) = await node.WaitForAsync("disconnect", l => Type(l) == "disconnect", TimeSpan.FromSeconds(10), secondPing);
        // A server-closed socket (not a Socket.IO DISCONNECT) is what makes the client reconnect by itself.
        Assert.Equal("transport close", dropped.GetProperty("reason").GetString());
        var (reconnectedAt, reconnected) = await node.WaitForAsync("reconnect", l => Type(l) == "connect", TimeSpan.FromSeconds(20), droppedAt);
        Assert.Equal(2, reconnected.GetProperty("connects").GetInt32());
        Assert.NotEqual(firstSocketId, reconnected.GetProperty("id").GetString());
        await node.WaitForAsync("price_update after reconnecting", l => IsEvent(l, "price_update"), TimeSpan.FromSeconds(30), reconnectedAt);
        await node.WaitForAsync("a server ping after reconnecting", l => Type(l) == "engine_ping", TimeSpan.FromSeconds(10), reconnectedAt);

        var (_, trade) = await node.WaitForAsync("trade_executed from the bot", l => IsEvent(l, "trade_executed"), TimeSpan.FromSeconds(120));
        var payload = trade.GetProperty("payload");
        Assert.Equal(fixture.BotId, payload.GetProperty("bot_id").GetString());
        Assert.Equal(RealtimeServerFixture.BotSymbol, payload.GetProperty("symbol").GetString());
        Assert.Contains(payload.GetProperty("type").GetString(), new[] { "buy", "sell" });
        Assert.True(payload.GetProperty("quantity").GetInt32() > 0);
        Assert.EndsWith("Z", payload.GetProperty("timestamp").GetString(), StringComparison.Ordinal);
    }

    internal static void AssertPriceUpdate(JsonElement payload)
    {
        Assert.Equal(RealtimeServerFixture.BotSymbol, payload.GetProperty("symbol").GetString());
        Assert.True(payload.GetProperty("price").GetDecimal() > 0);
        var timestamp = payload.GetProperty("timestamp").GetString()!;
        Assert.EndsWith("Z", timestamp, StringComparison.Ordinal);
        Assert.True(DateTimeOffset.TryParse(timestamp, System.Globalization.CultureInfo.InvariantCulture, out _), timestamp);
        Assert.Equal(["symbol", "price", "timestamp"], payload.EnumerateObject().Select(p => p.Name));
    }

    private static string? Type(JsonElement line) => line.GetProperty("type").GetString();

    private static bool IsEvent(JsonElement line, string name) => Type(line) == "event" && line.GetProperty("name").GetString() == name;
}
