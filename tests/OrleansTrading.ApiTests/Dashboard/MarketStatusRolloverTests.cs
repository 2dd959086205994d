using System.Globalization;
using System.Text.Json;
using OrleansTrading.ApiTests.Realtime;

namespace OrleansTrading.ApiTests.Dashboard;

/// <summary>
/// The always-open demo market announces each new session: <c>market_status_changed</c> reaches a realtime client as a
/// rolling session closes, with the next close to count down to (seed 7.3's shape).
/// </summary>
public sealed class MarketStatusRolloverTests
{
    [Fact]
    public async Task An_always_open_market_publishes_market_status_changed_at_each_session_boundary()
    {
        await using var server = await ApiServer.StartAsync(false, "--Market:AlwaysOpenSessionLength=00:00:03");
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new ServerSentEventsReader(await response.Content.ReadAsStreamAsync());
        await reader.ReadUntilAsync(r => r.Comment == "connected", TimeSpan.FromSeconds(10));
        var before = await server.Client.GetOkAsync("/api/market-status");

        // The clock grain checks every 5 s, so the first boundary after activation is announced within about 8 s.
        var changed = await reader.ReadUntilAsync(r => r.Event == "market_status_changed", TimeSpan.FromSeconds(30));

        var status = JsonDocument.Parse(changed.Data!).RootElement;
        Assert.True(status.GetProperty("is_open").GetBoolean());
        var announcedClose = DateTimeOffset.Parse(status.GetProperty("next_close").GetString()!, CultureInfo.InvariantCulture);
        var firstClose = DateTimeOffset.Parse(before.GetProperty("next_close").GetString()!, CultureInfo.InvariantCulture);
        Assert.True(announcedClose > firstClose, $"{announcedClose:O} should be a later session close than {firstClose:O}");
        Assert.Matches(@"^00:00:0[0-3]$", status.GetProperty("time_until_close").GetString());
    }
}
