using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrleansTrading.ApiTests.Dashboard;
using OrleansTrading.GrainInterfaces.Positions;
using OrleansTrading.TestSupport.Bots;

namespace OrleansTrading.ApiTests.Bots;

/// <summary>
/// <c>DELETE /api/bots/{id}</c> of a bot holding positions (issue 17), on a host of its own so the summary holds
/// only this bot's rows: 409 naming the symbols, then <c>?flatten=true</c> sells and deletes, and no row of the bot
/// comes back (a position grain left alive used to re-write its row within a second).
/// </summary>
public sealed class BotDeleteTests : IAsyncLifetime
{
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(2);

    private ApiServer? _server;

    private ApiServer Server => _server ?? throw new InvalidOperationException("Not started.");

    private HttpClient Http => Server.Client;

    public async Task InitializeAsync() => _server = await ApiServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task Delete_of_a_bot_holding_positions_is_409_naming_them_until_flatten_sells_them_and_no_row_of_it_comes_back()
    {
        var summaryBefore = await Http.GetOkAsync("/api/summary");
        using var created = await Http.PostAsJsonAsync("/api/bots", BotForms.Valid());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await OpenPositionAsync(id, "MSFT");
        await OpenPositionAsync(id, "AAPL");

        using (var refused = await Http.DeleteAsync($"/api/bots/{id}"))
        {
            var problem = await Dashboard.Http.ProblemAsync(refused, HttpStatusCode.Conflict);
            Assert.Equal($"Bot '{id}' has open positions in AAPL, MSFT; close them first or delete with ?flatten=true.",
                problem.GetProperty("detail").GetString());
            Assert.Equal("bot_has_open_positions", problem.GetProperty("error_code").GetString());
        }
        Assert.Equal("stopped", (await Http.GetOkAsync($"/api/bots/{id}")).GetProperty("status").GetString());
        Assert.Equal(2, (await Http.GetOkAsync($"/api/positions?botId={id}")).GetArrayLength());
        Assert.Equal(2, (await Http.GetOkAsync($"/api/trades/stats?botId={id}")).GetProperty("totalTrades").GetInt64());

        using (var deleted = await Http.DeleteAsync($"/api/bots/{id}?flatten=true"))
        {
            Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
            Assert.Equal("""{"success":true}""", await deleted.Content.ReadAsStringAsync());
        }

        await Http.GetProblemAsync($"/api/bots/{id}", HttpStatusCode.NotFound);
        var deadline = DateTime.UtcNow + QuietPeriod;
        do
        {
            // The flatten's two sells went with the rest: no trade, position or P&L of the bot is left anywhere.
            Assert.Empty((await Http.GetOkAsync($"/api/positions?botId={id}&status=all")).EnumerateArray());
            Assert.Equal(0, (await Http.GetOkAsync($"/api/trades?botId={id}")).GetProperty("pagination").GetProperty("totalItems").GetInt32());
            var stats = await Http.GetOkAsync("/api/trades/stats");
            Assert.DoesNotContain(id, stats.GetProperty("pnlByBot").EnumerateArray().Select(b => b.GetProperty("botId").GetString()));
            var summary = await Http.GetOkAsync("/api/summary");
            Assert.Equal(
                (summaryBefore.GetProperty("open_positions").GetInt64(), summaryBefore.GetProperty("total_trades_today").GetInt64()),
                (summary.GetProperty("open_positions").GetInt64(), summary.GetProperty("total_trades_today").GetInt64()));
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
    }

    /// <summary>Buys 5 shares for the bot through its position grain, as its trading cycle would; exits far away.</summary>
    private async Task OpenPositionAsync(string botId, string symbol)
    {
        var price = (await Http.GetOkAsync($"/api/market-data/{symbol}")).GetProperty("price").GetDecimal();
        var grain = Server.Services.GetRequiredService<IClusterClient>().GetGrain<IPositionGrain>(PositionKeys.For(botId, symbol));
        var bought = await grain.BuyAsync(new BuyCommand
        {
            ClientOrderId = "open-" + Guid.NewGuid().ToString("N"),
            Quantity = 5,
            StopLossPercent = 90m,
            TakeProfitPercent = 900m,
            BarTimestamp = DateTimeOffset.UtcNow,
            ReferencePrice = price,
        });
        Assert.Equal(PositionCommandOutcome.Filled, bought.Outcome);
    }
}
