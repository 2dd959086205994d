using System.Text.Json;

namespace OrleansTrading.ApiTests.Realtime;

/// <summary>
/// Every way the seed dashboard and the stock socket.io-client 4.8 can be pointed at the api: the URL's path picks
/// the namespace, <c>path</c> the HTTP path, and default transports mean long-polling first, then an upgrade.
/// </summary>
[Collection(RealtimeCollection.Name)]
public sealed class SocketIoConnectionFormTests(RealtimeServerFixture fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Theory]
    // (a) The seed's io("ws://localhost:8000/ws"): namespace /ws, HTTP path /socket.io/, polling then websocket.
    [InlineData("/ws", "{}", "/ws", "upgrade")]
    // (b) path /ws with default transports.
    [InlineData("", """{"path":"/ws"}""", "/", "upgrade")]
    // (c) The dashboard's options today.
    [InlineData("", """{"path":"/ws","transports":["websocket"]}""", "/", "websocket")]
    // (d) Namespace /ws over a WebSocket at the default path.
    [InlineData("/ws", """{"transports":["websocket"]}""", "/ws", "websocket")]
    // (e) Long-polling only.
    [InlineData("", """{"path":"/ws","transports":["polling"]}""", "/", "polling")]
    [InlineData("/ws", """{"transports":["polling"]}""", "/ws", "polling")]
    // (f) A proxy mounting the api under /ws.
    [InlineData("", """{"path":"/ws/socket.io"}""", "/", "upgrade")]
    public async Task The_stock_client_connects_and_receives_platform_events(string namespacePath, string options, string expectedNamespace, string transport)
    {
        var url = fixture.Server.BaseAddress.GetLeftPart(UriPartial.Authority) + namespacePath;
        await using var node = await NodeSocketIoClient.StartAsync(url, options, TimeSpan.FromSeconds(90));

        var (connectedAt, connected) = await node.WaitForAsync("connect", l => Type(l) == "connect", Wait);
        Assert.Equal(expectedNamespace, connected.GetProperty("nsp").GetString());
        var (_, ack) = await node.WaitForAsync("ack of the ping emit", l => Type(l) == "ack", Wait, connectedAt);
        Assert.True(ack.GetProperty("reply").GetProperty("pong").GetBoolean());

        var eventsFrom = connectedAt;
        if (transport == "upgrade")
        {
            var (upgradedAt, upgraded) = await node.WaitForAsync("the upgrade to websocket", l => Type(l) == "upgrade", Wait);
            Assert.Equal("websocket", upgraded.GetProperty("transport").GetString());
            Assert.Equal("websocket", upgraded.GetProperty("current").GetString());
            eventsFrom = upgradedAt;
        }
        var carriedBy = transport == "upgrade" ? "websocket" : transport;

        // Events and server pings keep flowing on the final transport.
        var (priceAt, price) = await node.WaitForAsync("price_update", l => IsEvent(l, "price_update"), Wait, eventsFrom);
        SocketIoNodeClientTests.AssertPriceUpdate(price.GetProperty("payload"));
        Assert.Equal(carriedBy, price.GetProperty("transport").GetString());
        var (_, ping) = await node.WaitForAsync("a server ping", l => Type(l) == "engine_ping", Wait, priceAt);
        Assert.Equal(carriedBy, ping.GetProperty("transport").GetString());
        await node.WaitForAsync("another price_update", l => IsEvent(l, "price_update"), Wait, priceAt + 1);

        Assert.DoesNotContain(node.Lines, l => Type(l) is "disconnect" or "connect_error");
        if (transport != "upgrade")
        {
            Assert.DoesNotContain(node.Lines, l => Type(l) == "upgrade");
        }
    }

    private static string? Type(JsonElement line) => line.GetProperty("type").GetString();

    private static bool IsEvent(JsonElement line, string name) => Type(line) == "event" && line.GetProperty("name").GetString() == name;
}
