using System.Diagnostics;
using System.Net;
using System.Net.WebSockets;
using System.Text.Json;

namespace OrleansTrading.ApiTests.Realtime;

/// <summary>Frame-exact Engine.IO v4 / Socket.IO v5 behaviour of <c>/ws</c>, driven by hand over a real WebSocket.</summary>
[Collection(RealtimeCollection.Name)]
public sealed class SocketIoProtocolTests(RealtimeServerFixture fixture)
{
    private static readonly TimeSpan FrameTimeout = TimeSpan.FromSeconds(15);

    [Theory]
    [InlineData("GET", "/ws/?EIO=4&transport=flashsocket", 0, "Transport unknown")]
    [InlineData("GET", "/ws/?EIO=4", 0, "Transport unknown")]
    [InlineData("GET", "/ws/?EIO=4&transport=websocket&sid=abc", 1, "Session ID unknown")]
    [InlineData("GET", "/socket.io/?EIO=4&transport=polling&sid=abc", 1, "Session ID unknown")]
    [InlineData("POST", "/ws/?EIO=4&transport=polling&sid=abc", 1, "Session ID unknown")]
    [InlineData("POST", "/ws/?EIO=4&transport=polling", 2, "Bad handshake method")]
    [InlineData("GET", "/ws/?EIO=3&transport=polling", 5, "Unsupported protocol version")]
    [InlineData("POST", "/ws/?EIO=4&transport=websocket", 2, "Bad handshake method")]
    [InlineData("GET", "/ws/?EIO=4&transport=websocket", 3, "Bad request")]
    [InlineData("GET", "/ws/?EIO=3&transport=websocket", 5, "Unsupported protocol version")]
    [InlineData("GET", "/ws/?transport=websocket", 5, "Unsupported protocol version")]
    public async Task Requests_that_cannot_start_or_continue_a_session_get_400_with_the_engine_io_error(string method, string path, int code, string message)
    {
        using var response = await fixture.Server.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(code, body.GetProperty("code").GetInt32());
        Assert.Equal(message, body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_websocket_upgrade_for_engine_io_3_is_refused_before_it_is_accepted()
    {
        var endpoint = new UriBuilder(EngineIoTestSocket.Endpoint(fixture.Server.BaseAddress)) { Query = "EIO=3&transport=websocket" }.Uri;

        var refused = await Assert.ThrowsAsync<WebSocketException>(() => EngineIoTestSocket.ConnectAsync(endpoint));

        Assert.Contains("400", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ws/")]
    [InlineData("/ws")]
    public async Task The_open_packet_comes_first_then_the_connect_reply_then_events(string path)
    {
        using var socket = await EngineIoTestSocket.ConnectAsync(EngineIoTestSocket.Endpoint(fixture.Server.BaseAddress, path));

        var open = await socket.ReceiveAsync(FrameTimeout);
        Assert.StartsWith("0{", open, StringComparison.Ordinal);
        var handshake = JsonDocument.Parse(open![1..]).RootElement;
        var engineSid = handshake.GetProperty("sid").GetString()!;
        Assert.Matches("^[A-Za-z0-9_-]{20}$", engineSid);
        Assert.Equal(0, handshake.GetProperty("upgrades").GetArrayLength());
        Assert.Equal(RealtimeServerFixture.PingIntervalMs, handshake.GetProperty("pingInterval").GetInt32());
        Assert.Equal(RealtimeServerFixture.PingTimeoutMs, handshake.GetProperty("pingTimeout").GetInt32());
        Assert.Equal(1_000_000, handshake.GetProperty("maxPayload").GetInt32());

        await socket.SendAsync("40");
        string? frame;
        do
        {
            frame = await socket.ReceiveAsync(FrameTimeout);
            // Only heartbeats may come before the CONNECT reply; events start after it.
            Assert.NotNull(frame);
            Assert.True(frame is "2" || frame.StartsWith("40", StringComparison.Ordinal), frame);
        }
        while (frame == "2");
        var socketSid = JsonDocument.Parse(frame[2..]).RootElement.GetProperty("sid").GetString();
        Assert.Matches("^[A-Za-z0-9_-]{20}$", socketSid);
        Assert.NotEqual(engineSid, socketSid);

        var price = await socket.ReceiveUntilAsync(f => f.StartsWith("42[\"price_update\"", StringComparison.Ordinal), FrameTimeout);
        var packet = JsonDocument.Parse(price[2..]).RootElement;
        Assert.Equal(2, packet.GetArrayLength());
        SocketIoNodeClientTests.AssertPriceUpdate(packet[1]);
    }

    [Fact]
    public async Task Client_emits_that_ask_for_an_ack_get_one_with_the_same_id()
    {
        using var socket = await ConnectedSocketAsync();

        await socket.SendAsync("""421["ping",{"n":1}]""");
        var pong = await socket.ReceiveUntilAsync(f => f.StartsWith("43", StringComparison.Ordinal), FrameTimeout);
        Assert.StartsWith("""431[{"pong":true,"timestamp":""", pong, StringComparison.Ordinal);

        await socket.SendAsync("""427["subscribe",{"symbols":["AAA"]}]""");
        var refusal = await socket.ReceiveUntilAsync(f => f.StartsWith("43", StringComparison.Ordinal), FrameTimeout);
        Assert.Equal("""437[{"error":"unknown_event","event":"subscribe"}]""", refusal);
    }

    [Fact]
    public async Task The_server_pings_every_interval_and_the_session_lives_on_while_the_client_answers()
    {
        using var socket = await ConnectedSocketAsync();
        var watch = Stopwatch.StartNew();
        var pings = 0;

        while (pings < 4)
        {
            var frame = await socket.ReceiveAsync(FrameTimeout);
            Assert.NotNull(frame);
            if (frame == "2")
            {
                pings++;
                await socket.SendAsync("3");
            }
        }

        // Four intervals of 500 ms, with room for a loaded machine, but well under the 3.5 s a missed pong would take.
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(1500), TimeSpan.FromSeconds(10));
        Assert.Equal(WebSocketState.Open, socket.State);
    }

    [Fact]
    public async Task A_client_that_stops_answering_pings_is_closed_after_the_ping_timeout()
    {
        using var socket = await ConnectedSocketAsync();
        await socket.ReceiveUntilAsync(f => f == "2", FrameTimeout);
        var unansweredSince = Stopwatch.StartNew();

        while (await ReceiveOrClosedAsync(socket) is not null)
        {
        }

        Assert.InRange(unansweredSince.Elapsed, TimeSpan.FromMilliseconds(RealtimeServerFixture.PingTimeoutMs - 200), TimeSpan.FromSeconds(12));
    }

    [Fact]
    public async Task A_connect_to_another_namespace_is_refused_and_the_default_one_still_works()
    {
        using var socket = await EngineIoTestSocket.ConnectAsync(EngineIoTestSocket.Endpoint(fixture.Server.BaseAddress));
        await socket.ReceiveAsync(FrameTimeout);

        await socket.SendAsync("40/admin,");
        Assert.Equal("""44/admin,{"message":"Invalid namespace"}""", await socket.ReceiveUntilAsync(f => f.StartsWith("44", StringComparison.Ordinal), FrameTimeout));

        await socket.SendAsync("40");
        await socket.ReceiveUntilAsync(f => f.StartsWith("40{\"sid\":", StringComparison.Ordinal), FrameTimeout);
        await socket.ReceiveUntilAsync(f => f.StartsWith("42[\"price_update\"", StringComparison.Ordinal), FrameTimeout);
    }

    [Fact]
    public async Task A_socket_io_disconnect_from_the_client_ends_the_session_with_a_clean_close()
    {
        using var socket = await ConnectedSocketAsync();

        await socket.SendAsync("41");

        while (await ReceiveOrClosedAsync(socket) is not null)
        {
        }
        Assert.Equal(WebSocketCloseStatus.NormalClosure, socket.CloseStatus);
    }

    [Theory]
    [InlineData("42[]")]
    [InlineData("""42["connect",{}]""")]
    [InlineData("hello")]
    [InlineData("""451-["upload",{"_placeholder":true,"num":0}]""")]
    public async Task A_packet_the_protocol_forbids_closes_the_socket_as_a_protocol_error(string frame)
    {
        using var socket = await ConnectedSocketAsync();

        await socket.SendAsync(frame);

        while (await ReceiveOrClosedAsync(socket) is not null)
        {
        }
        Assert.Equal(WebSocketCloseStatus.ProtocolError, socket.CloseStatus);
    }

    [Fact]
    public async Task Twenty_clients_at_once_all_receive_price_updates()
    {
        var sockets = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => ConnectedSocketAsync()));
        try
        {
            var prices = await Task.WhenAll(sockets.Select(s =>
                s.ReceiveUntilAsync(f => f.StartsWith("42[\"price_update\"", StringComparison.Ordinal), FrameTimeout)));

            Assert.All(prices, p => SocketIoNodeClientTests.AssertPriceUpdate(JsonDocument.Parse(p[2..]).RootElement[1]));
        }
        finally
        {
            Array.ForEach(sockets, s => s.Dispose());
        }
    }

    private async Task<EngineIoTestSocket> ConnectedSocketAsync()
    {
        var socket = await EngineIoTestSocket.ConnectAsync(EngineIoTestSocket.Endpoint(fixture.Server.BaseAddress));
        await socket.HandshakeAsync();
        return socket;
    }

    /// <summary>The next frame without answering pings; null once the server has closed (or dropped) the socket.</summary>
    private static async Task<string?> ReceiveOrClosedAsync(EngineIoTestSocket socket)
    {
        try
        {
            return await socket.ReceiveAsync(FrameTimeout);
        }
        catch (WebSocketException)
        {
            return null;
        }
    }
}
