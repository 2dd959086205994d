using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrleansTrading.GrainInterfaces.Positions;

namespace OrleansTrading.ApiTests.Dashboard;

/// <summary>
/// <c>POST /api/positions/{id}/close</c> end to end in Embedded mode: a position opened through its grain (as a bot
/// opens one) is sold through the paper broker, and the sell trade and the closed row are what the dashboard then
/// reads, which also proves the api reads the very ledger the co-hosted grains write.
/// </summary>
public sealed class PositionCloseTests : IAsyncLifetime
{
    private const string BotId = "close-bot";
    private ApiServer? _server;

    private ApiServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _server = await ApiServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private async Task<string> OpenPositionAsync()
    {
        var price = (await Server.Client.GetOkAsync("/api/market-data/AAPL")).GetProperty("price").GetDecimal();
        var grain = Server.Services.GetRequiredService<IClusterClient>().GetGrain<IPositionGrain>(PositionKeys.For(BotId, "AAPL"));
        // Exit levels far away, so no price tick closes the position before the test does.
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
        return bought.Position!.Id;
    }

    [Fact]
    public async Task Closing_sells_records_the_trade_realizes_the_pnl_and_a_second_close_is_a_409()
    {
        var id = await OpenPositionAsync();
        Assert.Equal([id], (await Server.Client.GetOkAsync($"/api/positions?botId={BotId}")).Ids());

        using (var closed = await Server.Client.PostAsync($"/api/positions/{id}/close", null))
        {
            Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
            Assert.Equal("""{"success":true}""", await closed.Content.ReadAsStringAsync());
        }

        var position = await Server.Client.GetOkAsync($"/api/positions/{id}");
        var trades = (await Server.Client.GetOkAsync($"/api/trades?botId={BotId}")).GetProperty("trades");
        Assert.False(position.GetProperty("is_open").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, position.GetProperty("closed_at").ValueKind);
        Assert.Equal(0m, position.GetProperty("unrealized_pnl").GetDecimal());
        Assert.Equal(["sell", "buy"], trades.EnumerateArray().Select(t => t.GetProperty("type").GetString()));
        var sell = trades[0];
        Assert.Equal(5, sell.GetProperty("quantity").GetInt32());
        Assert.Equal(position.GetProperty("realized_pnl").GetDecimal(), sell.GetProperty("profit_loss").GetDecimal());
        Assert.Equal("""{"exit_reason":"manual"}""", sell.GetProperty("indicators_snapshot").GetRawText().Replace(" ", "", StringComparison.Ordinal));
        Assert.Empty((await Server.Client.GetOkAsync($"/api/positions?botId={BotId}")).EnumerateArray());

        using var again = await Server.Client.PostAsync($"/api/positions/{id}/close", null);
        Assert.Equal("position_closed", (await Http.ProblemAsync(again, HttpStatusCode.Conflict)).GetProperty("error_code").GetString());
        Assert.Equal(2, (await Server.Client.GetOkAsync($"/api/trades?botId={BotId}")).GetProperty("pagination").GetProperty("totalItems").GetInt32());
    }

    [Fact]
    public async Task Summary_counts_the_open_position_and_its_value_until_it_is_closed()
    {
        var id = await OpenPositionAsync();
        var before = await Server.Client.GetOkAsync("/api/summary");
        var position = await Server.Client.GetOkAsync($"/api/positions/{id}");

        Assert.Equal(1, before.GetProperty("open_positions").GetInt32());
        Assert.Equal(position.GetProperty("current_price").GetDecimal() * 5, before.GetProperty("positions_value").GetDecimal());
        Assert.Equal(1, before.GetProperty("total_trades_today").GetInt32());

        using (var closed = await Server.Client.PostAsJsonAsync($"/api/positions/{id}/close", new { }))
        {
            Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        }
        var after = await Server.Client.GetOkAsync("/api/summary");
        Assert.Equal((0, 0m, 2), (after.GetProperty("open_positions").GetInt32(), after.GetProperty("positions_value").GetDecimal(),
            after.GetProperty("total_trades_today").GetInt32()));
    }
}
