using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrleansTrading.Grains.Ledger;
using OrleansTrading.TestSupport.Ledger;

namespace OrleansTrading.ApiTests.Dashboard;

/// <summary>Market status and data, orders, alerts and the kill switch over real HTTP (Embedded mode).</summary>
[Collection(SeededLedgerCollection.Name)]
public sealed class MarketAndOperationsEndpointTests(SeededLedgerFixture fixture)
{
    private HttpClient Client => fixture.Server.Client;

    private ITradeLedger Ledger => fixture.Server.Services.GetRequiredService<ITradeLedger>();

    [Fact]
    public async Task Market_status_has_the_dashboard_fields_and_the_embedded_market_is_open()
    {
        var status = await Client.GetOkAsync("/api/market-status");

        Assert.Equal(["is_open", "next_close", "next_open", "time_until_close"], status.Names());
        Assert.True(status.GetProperty("is_open").GetBoolean());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("next_open").ValueKind);
        // Seed 7.3's shape in every mode: the always-open demo market counts down to its rolling session close.
        var nextClose = DateTimeOffset.Parse(status.GetProperty("next_close").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(nextClose - DateTimeOffset.UtcNow, TimeSpan.FromSeconds(-5), TimeSpan.FromSeconds(390));
        Assert.Matches(@"^00:0[0-6]:[0-5]\d$", status.GetProperty("time_until_close").GetString());
    }

    [Fact]
    public async Task Market_data_has_the_last_price_change_current_bar_and_recent_bars()
    {
        var data = await Client.GetOkAsync("/api/market-data/aapl");

        Assert.Equal(["bars", "change", "change_percent", "close", "high", "low", "open", "price", "symbol", "timestamp", "volume"], data.Names());
        Assert.Equal("AAPL", data.GetProperty("symbol").GetString());
        var bars = data.GetProperty("bars").EnumerateArray().ToArray();
        Assert.InRange(bars.Length, 1, 30);
        Assert.Equal(data.GetProperty("close").GetDouble(), bars[^1].GetProperty("close").GetDouble());
        Assert.Equal((decimal)data.GetProperty("close").GetDouble(), data.GetProperty("price").GetDecimal());
        Assert.Equal(data.GetProperty("timestamp").GetString(), bars[^1].GetProperty("timestamp").GetString());
    }

    [Theory]
    [InlineData("BTC/USD", "BTC/USD")]
    [InlineData("BTC%2FUSD", "BTC/USD")]
    [InlineData("btc%2fusd", "BTC/USD")]
    [InlineData("BRK.B", "BRK.B")]
    [InlineData("BRK-B", "BRK-B")]
    public async Task Market_data_serves_every_ticker_shape_bots_accept(string path, string ticker)
    {
        // Every shape BotConfigValidator accepts (slash pairs raw or percent-encoded, dots, dashes) has market data.
        Assert.True(OrleansTrading.Grains.Bots.Validation.BotConfigValidator.IsValidTicker(ticker));

        var data = await Client.GetOkAsync($"/api/market-data/{path}");

        Assert.Equal(ticker, data.GetProperty("symbol").GetString());
        Assert.NotEmpty(data.GetProperty("bars").EnumerateArray());
        Assert.True(data.GetProperty("price").GetDecimal() > 0);
    }

    [Fact]
    public async Task Market_data_for_a_path_with_more_than_one_slash_is_a_404()
    {
        await Client.GetProblemAsync("/api/market-data/BTC/USD/EUR", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("NOT!A!TICKER")]
    [InlineData("WAYTOOLONGTICKER")]
    [InlineData("1ABC")]
    public async Task Market_data_for_an_invalid_symbol_is_a_404(string symbol)
    {
        await Client.GetProblemAsync($"/api/market-data/{symbol}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Orders_list_newest_first_per_bot_with_a_limit()
    {
        var bot = $"orders-{Guid.NewGuid():N}";
        await Ledger.UpsertOrderAsync(LedgerSamples.Order("o-old", bot, submittedMinute: 1), CancellationToken.None);
        await Ledger.UpsertOrderAsync(LedgerSamples.Order("o-new", bot, submittedMinute: 2), CancellationToken.None);

        var orders = await Client.GetOkAsync($"/api/orders?botId={bot}");
        var limited = await Client.GetOkAsync($"/api/orders?botId={bot}&limit=1");

        Assert.Equal(["o-new", "o-old"], orders.EnumerateArray().Select(o => o.GetProperty("client_order_id").GetString()));
        Assert.Equal(("stop_limit", "new", "buy"), (orders[0].GetProperty("order_type").GetString(), orders[0].GetProperty("status").GetString(),
            orders[0].GetProperty("side").GetString()));
        Assert.Equal(["o-new"], limited.EnumerateArray().Select(o => o.GetProperty("client_order_id").GetString()));
        await Client.AssertInvalidParameterAsync("/api/orders?limit=0", "limit");
        await Client.AssertInvalidParameterAsync("/api/alerts?limit=1001", "limit");
    }

    [Fact]
    public async Task Alerts_list_and_acknowledge_once_and_unknown_alerts_are_404()
    {
        var bot = $"alerts-{Guid.NewGuid():N}";
        var id = $"a-{Guid.NewGuid():N}";
        await Ledger.RecordAlertAsync(LedgerSamples.Alert(id, bot), CancellationToken.None);

        var before = Assert.Single((await Client.GetOkAsync($"/api/alerts?botId={bot}")).EnumerateArray());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("acknowledged_at").ValueKind);
        Assert.Equal(("warning", "daily_loss_limit"), (before.GetProperty("severity").GetString(), before.GetProperty("code").GetString()));

        using (var acknowledged = await Client.PostAsync($"/api/alerts/{id}/acknowledge", null))
        {
            Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
            Assert.True((await acknowledged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("success").GetBoolean());
        }
        var first = Assert.Single((await Client.GetOkAsync($"/api/alerts?botId={bot}")).EnumerateArray()).GetProperty("acknowledged_at").GetString();
        using (var again = await Client.PostAsync($"/api/alerts/{id}/acknowledge", null))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }
        Assert.NotNull(first);
        Assert.Equal(first, Assert.Single((await Client.GetOkAsync($"/api/alerts?botId={bot}")).EnumerateArray()).GetProperty("acknowledged_at").GetString());
        using var unknown = await Client.PostAsync("/api/alerts/no-such-alert/acknowledge", null);
        await Http.ProblemAsync(unknown, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_kill_switch_turns_on_and_off_and_a_body_without_active_is_a_422_that_changes_nothing()
    {
        Assert.False((await Client.GetOkAsync("/api/controls/kill-switch")).GetProperty("active").GetBoolean());

        using (var on = await Client.PostAsJsonAsync("/api/controls/kill-switch", new { active = true, flatten = false }))
        {
            Assert.Equal(HttpStatusCode.OK, on.StatusCode);
            var state = await on.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal((true, false), (state.GetProperty("active").GetBoolean(), state.GetProperty("flatten").GetBoolean()));
        }
        Assert.True((await Client.GetOkAsync("/api/controls/kill-switch")).GetProperty("active").GetBoolean());

        using (var invalid = await Client.PostAsJsonAsync("/api/controls/kill-switch", new { flatten = true }))
        {
            var problem = await Http.ProblemAsync(invalid, HttpStatusCode.UnprocessableEntity);
            Assert.Equal(["active"], problem.GetProperty("errors").Names());
        }
        Assert.True((await Client.GetOkAsync("/api/controls/kill-switch")).GetProperty("active").GetBoolean());

        using (var off = await Client.PostAsJsonAsync("/api/controls/kill-switch", new { active = false }))
        {
            Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        }
        Assert.False((await Client.GetOkAsync("/api/controls/kill-switch")).GetProperty("active").GetBoolean());
    }
}
