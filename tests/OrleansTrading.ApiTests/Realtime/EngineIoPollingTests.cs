using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrleansTrading.Api.Realtime.SocketIo;

namespace OrleansTrading.ApiTests.Realtime;

/// <summary>Engine.IO v4 long-polling and its upgrade to a WebSocket, request by request over real HTTP.</summary>
[Collection(RealtimeCollection.Name)]
public sealed class EngineIoPollingTests(RealtimeServerFixture fixture)
{
    private const char RecordSeparator = '\u001e';
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private HttpClient Http => fixture.Server.Client;

    private SocketIoSessions Sessions => fixture.Server.Services.GetRequiredService<SocketIoSessions>();

    [Theory]
    [InlineData("/ws/")]
    [InlineData("/ws")]
    [InlineData("/socket.io/")]
    [InlineData("/socket.io")]
    [InlineData("/ws/socket.io/")]
    public async Task A_polling_handshake_offers_the_websocket_upgrade_and_carries_the_ws_namespace_events(string path)
    {
        using var handshake = await Http.GetAsync($"{path}?EIO=4&transport=polling");
        Assert.Equal(HttpStatusCode.OK, handshake.StatusCode);
        Assert.Equal("text/plain; charset=UTF-8", handshake.Content.Headers.ContentType?.ToString());
        var open = await handshake.Content.ReadAsStringAsync();
        Assert.StartsWith("0{", open, StringComparison.Ordinal);
        var openData = JsonDocument.Parse(open[1..]).RootElement;
        var sid = openData.GetProperty("sid").GetString()!;
        Assert.Equal(["websocket"], openData.GetProperty("upgrades").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(RealtimeServerFixture.PingTimeoutMs, openData.GetProperty("pingTimeout").GetInt32());

        Assert.Equal("ok", await PostAsync(path, sid, "40/ws,"));
        var packets = await PollUntilAsync(path, sid, p => p.StartsWith("40/ws,", StringComparison.Ordinal));
        Assert.Matches("^40/ws,\\{\"sid\":\"[A-Za-z0-9_-]{20}\"\\}$", packets.Single(p => p.StartsWith("40", StringComparison.Ordinal)));

        var price = (await PollUntilAsync(path, sid, p => p.StartsWith("42/ws,[\"price_update\"", StringComparison.Ordinal)))
            .First(p => p.StartsWith("42/ws,[\"price_update\"", StringComparison.Ordinal));
        SocketIoNodeClientTests.AssertPriceUpdate(JsonDocument.Parse(price["42/ws,".Length..]).RootElement[1]);

        // An ack in the namespace of the emit, after a batch of two packets in one POST.
        Assert.Equal("ok", await PostAsync(path, sid, $"3{RecordSeparator}42/ws,5[\"ping\"]"));
        await PollUntilAsync(path, sid, p => p.StartsWith("43/ws,5[{\"pong\":true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_polled_payload_joins_several_packets_with_the_record_separator()
    {
        var sid = await OpenAsync();
        await PostAsync("/ws/", sid, "40");
        await PostAsync("/ws/", sid, "40/ws,");

        var batches = new List<string>();
        while (!batches.Any(b => b.Contains(RecordSeparator, StringComparison.Ordinal)))
        {
            // Prices arrive every second for each of several symbols, faster than one poll's round trip at times.
            await Task.Delay(300);
            batches.Add(await GetAsync("/ws/", sid));
            Assert.True(batches.Count < 50, "No poll returned more than one packet.");
        }
        var packets = batches.Last(b => b.Contains(RecordSeparator, StringComparison.Ordinal)).Split(RecordSeparator);
        Assert.All(packets, p => Assert.Matches("^[0-6]", p));
    }

    [Fact]
    public async Task The_upgrade_probe_flushes_the_waiting_poll_with_a_noop_then_the_session_moves_to_the_websocket()
    {
        var sid = await OpenAsync();
        await PostAsync("/ws/", sid, "40");
        await PollUntilAsync("/ws/", sid, p => p.StartsWith("40{", StringComparison.Ordinal));
        // Drain what is queued, then leave one GET waiting as the client does while it probes.
        var waitingPoll = GetAsync("/ws/", sid);

        var endpoint = new UriBuilder(fixture.Server.BaseAddress) { Scheme = "ws", Path = "/ws/", Query = $"EIO=4&transport=websocket&sid={sid}" }.Uri;
        using var socket = await EngineIoTestSocket.ConnectAsync(endpoint);
        await socket.SendAsync("2probe");
        Assert.Equal("3probe", await socket.ReceiveAsync(Wait));
        Assert.EndsWith("6", await waitingPoll.WaitAsync(Wait), StringComparison.Ordinal);

        await socket.SendAsync("5");
        await socket.ReceiveUntilAsync(f => f.StartsWith("42[\"price_update\"", StringComparison.Ordinal), Wait);
        await socket.ReceiveUntilAsync(f => f == "2", Wait);
        using var lateRequest = await Http.GetAsync($"/ws/?EIO=4&transport=polling&sid={sid}");
        Assert.Equal(HttpStatusCode.BadRequest, lateRequest.StatusCode);
        Assert.Equal(3, JsonDocument.Parse(await lateRequest.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task A_second_concurrent_poll_is_refused_and_ends_the_session()
    {
        var sid = await OpenAsync();
        var first = GetAsync("/ws/", sid);
        await Task.Delay(200);

        using var second = await Http.GetAsync($"/ws/?EIO=4&transport=polling&sid={sid}");

        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal("1", await first.WaitAsync(Wait));
        await WaitUntilGoneAsync(sid, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_session_that_neither_polls_nor_upgrades_is_removed_after_ping_interval_plus_ping_timeout()
    {
        var sid = await OpenAsync();
        Assert.NotNull(Sessions.Find(sid));

        await WaitUntilGoneAsync(sid, TimeSpan.FromMilliseconds(RealtimeServerFixture.PingIntervalMs + RealtimeServerFixture.PingTimeoutMs + 4000));

        using var late = await Http.GetAsync($"/ws/?EIO=4&transport=polling&sid={sid}");
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Equal(1, JsonDocument.Parse(await late.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetInt32());
    }

    private async Task<string> OpenAsync()
    {
        var open = await GetAsync("/ws/", sid: null);
        return JsonDocument.Parse(open[1..]).RootElement.GetProperty("sid").GetString()!;
    }

    private async Task<string> GetAsync(string path, string? sid)
    {
        var query = sid is null ? "EIO=4&transport=polling" : $"EIO=4&transport=polling&sid={sid}";
        using var timeout = new CancellationTokenSource(Wait);
        using var response = await Http.GetAsync($"{path}?{query}", timeout.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(timeout.Token);
    }

    private async Task<string> PostAsync(string path, string sid, string payload)
    {
        using var content = new StringContent(payload, Encoding.UTF8, "text/plain");
        using var response = await Http.PostAsync($"{path}?EIO=4&transport=polling&sid={sid}", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Polls, answering server pings, until a payload holds a matching packet; returns that payload's packets.</summary>
    private async Task<string[]> PollUntilAsync(string path, string sid, Func<string, bool> match)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            Assert.True(DateTime.UtcNow < deadline, "No matching packet in time.");
            var packets = (await GetAsync(path, sid)).Split(RecordSeparator);
            if (packets.Any(match))
            {
                return packets;
            }
            if (packets.Contains("2"))
            {
                await PostAsync(path, sid, "3");
            }
        }
    }

    private async Task WaitUntilGoneAsync(string sid, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (Sessions.Find(sid) is not null)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Session {sid} still registered after {within}.");
            await Task.Delay(50);
        }
    }
}
