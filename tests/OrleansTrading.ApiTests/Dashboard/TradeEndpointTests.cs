using System.Net;
using System.Text.Json;
using OrleansTrading.TestSupport.Ledger;

namespace OrleansTrading.ApiTests.Dashboard;

/// <summary>
/// <c>GET /api/trades</c>, <c>/api/trades/{id}</c> and <c>/api/trades/stats</c> over real HTTP against the Embedded
/// (in-memory) ledger holding <see cref="DashboardSamples"/>; expected values are worked out by hand from it.
/// </summary>
[Collection(SeededLedgerCollection.Name)]
public sealed class TradeEndpointTests(SeededLedgerFixture fixture)
{
    private static readonly string[] TradeFields =
    [
        "bot_id", "commission", "id", "indicators_snapshot", "order_id", "price", "profit_loss", "quantity", "slippage", "status", "symbol",
        "timestamp", "type",
    ];

    private static readonly string[] StatsFields =
    [
        "avgLoss", "avgPnL", "avgWin", "bestTrade", "losingTrades", "pnlByBot", "pnlByDate", "pnlBySymbol", "profitFactor", "totalPnL",
        "totalTrades", "winRate", "winningTrades", "worstTrade",
    ];

    private HttpClient Client => fixture.Server.Client;

    private async Task<string[]> IdsAsync(string query) => (await Client.GetOkAsync("/api/trades" + query)).GetProperty("trades").Ids();

    [Fact]
    public async Task The_list_has_the_dashboard_shape_and_defaults_to_newest_first_twenty_a_page()
    {
        var body = await Client.GetOkAsync("/api/trades");

        Assert.Equal(["pagination", "trades"], body.Names());
        var pagination = body.GetProperty("pagination");
        Assert.Equal(["page", "pageSize", "totalItems", "totalPages"], pagination.Names());
        Assert.Equal((1, 20, 11, 1), (pagination.GetProperty("page").GetInt32(), pagination.GetProperty("pageSize").GetInt32(),
            pagination.GetProperty("totalItems").GetInt32(), pagination.GetProperty("totalPages").GetInt32()));
        Assert.Equal(DashboardSamples.NewestFirst, body.GetProperty("trades").Ids());
        var trade = body.GetProperty("trades")[0];
        Assert.Equal(TradeFields, trade.Names());
        Assert.Equal(("bot-c", "MSFT", "buy", 7, 410m, "2026-03-10T14:00:00Z", "filled"), (trade.GetProperty("bot_id").GetString(),
            trade.GetProperty("symbol").GetString(), trade.GetProperty("type").GetString(), trade.GetProperty("quantity").GetInt32(),
            trade.GetProperty("price").GetDecimal(), trade.GetProperty("timestamp").GetString(), trade.GetProperty("status").GetString()));
        Assert.Equal(JsonValueKind.Null, trade.GetProperty("profit_loss").ValueKind);
    }

    [Fact]
    public async Task Empty_parameters_mean_all_and_the_defaults()
    {
        Assert.Equal(DashboardSamples.NewestFirst,
            await IdsAsync("?dateRange=&customStartDate=&customEndDate=&botId=&symbol=&type=&sortField=&sortDirection=&page=&pageSize="));
        Assert.Equal(DashboardSamples.NewestFirst, await IdsAsync("?dateRange=all&type=all"));
    }

    [Theory]
    [InlineData("timestamp", "asc", "t-01,t-02,t-03,t-04,t-05,t-06,t-07,t-08,t-B,t-a,t-09")]
    [InlineData("symbol", "asc", "t-01,t-02,t-B,t-a,t-05,t-06,t-07,t-08,t-03,t-04,t-09")]
    [InlineData("type", "asc", "t-01,t-03,t-05,t-07,t-09,t-02,t-04,t-06,t-08,t-B,t-a")]
    [InlineData("quantity", "desc", "t-02,t-01,t-09,t-04,t-03,t-a,t-B,t-06,t-05,t-08,t-07")]
    [InlineData("price", "asc", "t-01,t-07,t-08,t-02,t-B,t-a,t-04,t-03,t-09,t-05,t-06")]
    [InlineData("profit_loss", "desc", "t-02,t-a,t-06,t-08,t-B,t-04,t-09,t-07,t-05,t-03,t-01")]
    [InlineData("profit_loss", "asc", "t-04,t-B,t-08,t-06,t-a,t-02,t-01,t-03,t-05,t-07,t-09")]
    public async Task Every_sort_field_sorts_with_id_tie_breaks(string sortField, string direction, string expected)
    {
        Assert.Equal(expected.Split(','), await IdsAsync($"?sortField={sortField}&sortDirection={direction}&pageSize=99999"));
    }

    [Theory]
    [InlineData("?botId=bot-b", "t-08,t-07,t-06,t-05")]
    [InlineData("?symbol=AAPL", "t-a,t-B,t-02,t-01")]
    [InlineData("?symbol=aapl", "t-a,t-B,t-02,t-01")]
    [InlineData("?type=sell&botId=bot-a", "t-04,t-02")]
    [InlineData("?type=buy&symbol=MSFT", "t-09,t-03")]
    [InlineData("?botId=nobody", "")]
    // Whole New York days, both inclusive: t-04 (2026-03-03T03:30Z) is still 2026-03-02 in New York.
    [InlineData("?dateRange=custom&customStartDate=2026-03-03&customEndDate=2026-03-04", "t-07,t-06,t-05")]
    // Instants, both inclusive.
    [InlineData("?dateRange=custom&customStartDate=2026-03-03T03:30:00Z&customEndDate=2026-03-04T15:00:00Z", "t-07,t-06,t-05,t-04")]
    [InlineData("?dateRange=custom&customStartDate=2026-03-09", "t-09,t-a,t-B")]
    // Custom dates are ignored unless dateRange is custom.
    [InlineData("?dateRange=all&customStartDate=2026-03-09&botId=bot-a", "t-04,t-03,t-02,t-01")]
    public async Task Filters_select_the_matching_trades(string query, string expected)
    {
        var body = await Client.GetOkAsync("/api/trades" + query);
        var ids = expected.Length == 0 ? [] : expected.Split(',');
        Assert.Equal(ids, body.GetProperty("trades").Ids());
        Assert.Equal(ids.Length, body.GetProperty("pagination").GetProperty("totalItems").GetInt32());
    }

    [Theory]
    [InlineData(1, 4, "t-09,t-a,t-B,t-08", 3)]
    [InlineData(2, 4, "t-07,t-06,t-05,t-04", 3)]
    [InlineData(3, 4, "t-03,t-02,t-01", 3)]
    [InlineData(3, 5, "t-01", 3)]
    [InlineData(4, 4, "", 3)]
    [InlineData(2147483647, 99999, "", 1)]
    [InlineData(1, 99999, "t-09,t-a,t-B,t-08,t-07,t-06,t-05,t-04,t-03,t-02,t-01", 1)]
    public async Task Pages_last_partial_past_the_end_empty_and_csv_export_size(int page, int pageSize, string expected, int totalPages)
    {
        var body = await Client.GetOkAsync($"/api/trades?page={page}&pageSize={pageSize}");

        Assert.Equal(expected.Length == 0 ? [] : expected.Split(','), body.GetProperty("trades").Ids());
        var pagination = body.GetProperty("pagination");
        Assert.Equal((page, pageSize, 11, totalPages), (pagination.GetProperty("page").GetInt32(), pagination.GetProperty("pageSize").GetInt32(),
            pagination.GetProperty("totalItems").GetInt32(), pagination.GetProperty("totalPages").GetInt32()));
    }

    [Theory]
    [InlineData("?dateRange=year", "dateRange")]
    [InlineData("?type=hold", "type")]
    [InlineData("?sortField=name", "sortField")]
    [InlineData("?sortDirection=up", "sortDirection")]
    [InlineData("?page=0", "page")]
    [InlineData("?page=-1", "page")]
    [InlineData("?page=abc", "page")]
    [InlineData("?pageSize=0", "pageSize")]
    [InlineData("?pageSize=100000", "pageSize")]
    [InlineData("?pageSize=2.5", "pageSize")]
    [InlineData("?dateRange=custom&customStartDate=yesterday", "customStartDate")]
    [InlineData("?dateRange=custom&customEndDate=2026-13-01", "customEndDate")]
    [InlineData("?dateRange=custom&customStartDate=2026-03-05&customEndDate=2026-03-04", "customEndDate")]
    public async Task A_bad_parameter_is_a_422_naming_it(string query, string parameter)
    {
        await Client.AssertInvalidParameterAsync("/api/trades" + query, parameter);
    }

    [Theory]
    [InlineData("?dateRange=year", "dateRange")]
    [InlineData("?type=hold", "type")]
    [InlineData("?dateRange=custom&customStartDate=yesterday", "customStartDate")]
    [InlineData("?dateRange=custom&customStartDate=2026-03-05&customEndDate=2026-03-04", "customEndDate")]
    public async Task A_bad_stats_filter_is_a_422_naming_it(string query, string parameter)
    {
        await Client.AssertInvalidParameterAsync("/api/trades/stats" + query, parameter);
    }

    [Fact]
    public async Task Every_bad_parameter_is_named_at_once()
    {
        var problem = await Client.GetProblemAsync("/api/trades?type=x&sortField=y&page=0", HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["page", "sortField", "type"], problem.GetProperty("errors").Names());
    }

    [Fact]
    public async Task One_trade_by_id_and_404_for_an_unknown_id()
    {
        var trade = await Client.GetOkAsync("/api/trades/t-a");

        Assert.Equal(TradeFields, trade.Names());
        Assert.Equal(("t-a", "bot-c", "sell", 30m, "2026-03-09T04:30:00Z"), (trade.GetProperty("id").GetString(), trade.GetProperty("bot_id").GetString(),
            trade.GetProperty("type").GetString(), trade.GetProperty("profit_loss").GetDecimal(), trade.GetProperty("timestamp").GetString()));
        var problem = await Client.GetProblemAsync("/api/trades/no-such-trade", HttpStatusCode.NotFound);
        Assert.Contains("no-such-trade", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("trade_not_found", problem.GetProperty("error_code").GetString());
    }

    [Fact]
    public async Task Stats_count_only_closing_trades_toward_wins_losses_and_pnl()
    {
        var stats = await Client.GetOkAsync("/api/trades/stats");

        Assert.Equal(StatsFields, stats.Names());
        Assert.Equal((11, 3, 2), (stats.GetProperty("totalTrades").GetInt32(), stats.GetProperty("winningTrades").GetInt32(), stats.GetProperty("losingTrades").GetInt32()));
        // 6 closing trades: +100, -50, +20, 0, -30, +30.
        Assert.Equal(50m, stats.GetProperty("winRate").GetDecimal());
        Assert.Equal(70m, stats.GetProperty("totalPnL").GetDecimal());
        Assert.Equal(11.666667m, stats.GetProperty("avgPnL").GetDecimal());
        Assert.Equal((100m, -50m), (stats.GetProperty("bestTrade").GetDecimal(), stats.GetProperty("worstTrade").GetDecimal()));
        Assert.Equal((50m, -40m), (stats.GetProperty("avgWin").GetDecimal(), stats.GetProperty("avgLoss").GetDecimal()));
        Assert.Equal(1.875m, stats.GetProperty("profitFactor").GetDecimal());
    }

    [Fact]
    public async Task Stats_group_pnl_by_new_york_date_with_a_running_total_by_symbol_and_by_bot()
    {
        var stats = await Client.GetOkAsync("/api/trades/stats");

        Assert.Equal(
            [("2026-03-02", 50m, 50m, 4), ("2026-03-03", 0m, 50m, 1), ("2026-03-04", 20m, 70m, 2), ("2026-03-05", 0m, 70m, 1), ("2026-03-09", 0m, 70m, 2),
                ("2026-03-10", 0m, 70m, 1)],
            stats.GetProperty("pnlByDate").EnumerateArray().Select(d => (d.GetProperty("date").GetString(), d.GetProperty("pnl").GetDecimal(),
                d.GetProperty("cumulativePnl").GetDecimal(), d.GetProperty("trades").GetInt32())));
        Assert.Equal(
            [("AAPL", 100m, 4, 66.6667m), ("BRK.B", 20m, 2, 100m), ("BRKA", 0m, 2, 0m), ("MSFT", -50m, 3, 0m)],
            stats.GetProperty("pnlBySymbol").EnumerateArray().Select(s => (s.GetProperty("symbol").GetString(), s.GetProperty("pnl").GetDecimal(),
                s.GetProperty("trades").GetInt32(), s.GetProperty("winRate").GetDecimal())));
        // No bot of these ids is registered, so each name falls back to the id.
        Assert.Equal(
            [("bot-a", "bot-a", 50m, 4, 50m), ("bot-b", "bot-b", 20m, 4, 50m), ("bot-c", "bot-c", 0m, 3, 50m)],
            stats.GetProperty("pnlByBot").EnumerateArray().Select(b => (b.GetProperty("botId").GetString(), b.GetProperty("botName").GetString(),
                b.GetProperty("pnl").GetDecimal(), b.GetProperty("trades").GetInt32(), b.GetProperty("winRate").GetDecimal())));
    }

    [Fact]
    public async Task Stats_honour_the_list_filters_and_divide_by_nothing_as_zero()
    {
        var stats = await Client.GetOkAsync("/api/trades/stats?botId=bot-b&type=sell&sortField=price&page=3");

        Assert.Equal((2, 1, 0), (stats.GetProperty("totalTrades").GetInt32(), stats.GetProperty("winningTrades").GetInt32(), stats.GetProperty("losingTrades").GetInt32()));
        Assert.Equal((20m, 50m, 10m), (stats.GetProperty("totalPnL").GetDecimal(), stats.GetProperty("winRate").GetDecimal(), stats.GetProperty("avgPnL").GetDecimal()));
        Assert.Equal((0m, 0m), (stats.GetProperty("avgLoss").GetDecimal(), stats.GetProperty("profitFactor").GetDecimal()));

        var none = await Client.GetOkAsync("/api/trades/stats?symbol=TSLA");
        Assert.Equal((0, 0m, 0m, 0m), (none.GetProperty("totalTrades").GetInt32(), none.GetProperty("winRate").GetDecimal(),
            none.GetProperty("bestTrade").GetDecimal(), none.GetProperty("avgPnL").GetDecimal()));
        Assert.Equal(0, none.GetProperty("pnlByDate").GetArrayLength());
    }
}
