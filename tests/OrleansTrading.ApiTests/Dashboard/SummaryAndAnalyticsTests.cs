using OrleansTrading.TestSupport.Ledger;

namespace OrleansTrading.ApiTests.Dashboard;

/// <summary><c>GET /api/summary</c> (seed 002 §7.2) and <c>GET /api/analytics</c> over <see cref="SummaryAndAnalyticsFixture"/>.</summary>
public sealed class SummaryAndAnalyticsTests(SummaryAndAnalyticsFixture fixture) : IClassFixture<SummaryAndAnalyticsFixture>
{
    private HttpClient Client => fixture.Server.Client;

    [Fact]
    public async Task Summary_follows_the_seed_formulas()
    {
        var summary = await Client.GetOkAsync("/api/summary");

        Assert.Equal(["active_bots", "open_positions", "paused_bots", "pnl_percentage", "positions_value", "stopped_bots", "total_pnl", "total_trades_today", "win_rate"],
            summary.Names());
        Assert.Equal(70m, summary.GetProperty("total_pnl").GetDecimal());
        // 70 / 75,000 capital × 100, to 4 decimals.
        Assert.Equal(0.0933m, summary.GetProperty("pnl_percentage").GetDecimal());
        Assert.Equal((2, 1, 1), (summary.GetProperty("active_bots").GetInt32(), summary.GetProperty("paused_bots").GetInt32(), summary.GetProperty("stopped_bots").GetInt32()));
        Assert.Equal(5, summary.GetProperty("open_positions").GetInt32());
        Assert.Equal(105m * 10 + 490m * 2 + 100m * 1 + 112m * 3 + 400m * 7, summary.GetProperty("positions_value").GetDecimal());
        Assert.Equal(1, summary.GetProperty("total_trades_today").GetInt32());
        Assert.Equal(50m, summary.GetProperty("win_rate").GetDecimal());
    }

    [Fact]
    public async Task Analytics_overview_has_the_sixteen_fields_computed_from_closing_trades_and_bot_capital()
    {
        var overview = (await Client.GetOkAsync("/api/analytics?timeRange=ALL")).GetProperty("overview");

        Assert.Equal(
            ["avgLoss", "avgTradeReturn", "avgWin", "bestTrade", "losingTrades", "maxDrawdown", "maxDrawdownPercentage", "profitFactor", "sharpeRatio",
                "totalCapitalDeployed", "totalPnL", "totalPnLPercentage", "totalTrades", "winRate", "winningTrades", "worstTrade"],
            overview.Names());
        Assert.Equal((70m, 0.0933m, 50m), (overview.GetProperty("totalPnL").GetDecimal(), overview.GetProperty("totalPnLPercentage").GetDecimal(),
            overview.GetProperty("winRate").GetDecimal()));
        Assert.Equal((13, 3, 2), (overview.GetProperty("totalTrades").GetInt32(), overview.GetProperty("winningTrades").GetInt32(),
            overview.GetProperty("losingTrades").GetInt32()));
        Assert.Equal((1.875m, 11.666667m, 50m, -40m, 100m, -50m, 75000m), (overview.GetProperty("profitFactor").GetDecimal(),
            overview.GetProperty("avgTradeReturn").GetDecimal(), overview.GetProperty("avgWin").GetDecimal(), overview.GetProperty("avgLoss").GetDecimal(),
            overview.GetProperty("bestTrade").GetDecimal(), overview.GetProperty("worstTrade").GetDecimal(), overview.GetProperty("totalCapitalDeployed").GetDecimal()));
        // Daily closing P&L 50, 0, 20, 0, 0, 0 over the NYSE days 2026-03-02..06 and 03-09 on 75,000: equity never falls.
        Assert.Equal(9.0718, overview.GetProperty("sharpeRatio").GetDouble());
        Assert.Equal((0m, 0d), (overview.GetProperty("maxDrawdown").GetDecimal(), overview.GetProperty("maxDrawdownPercentage").GetDouble()));
    }

    [Fact]
    public async Task Analytics_series_and_breakdowns()
    {
        var analytics = await Client.GetOkAsync("/api/analytics");

        Assert.Equal(["botPerformance", "overview", "pnlTimeSeries", "symbolPerformance"], analytics.Names());
        var series = analytics.GetProperty("pnlTimeSeries").EnumerateArray().ToArray();
        Assert.Equal(7, series.Length);
        Assert.Equal(("2026-03-02", 50m, 50m, 75050m, 5), (series[0].GetProperty("date").GetString(), series[0].GetProperty("pnl").GetDecimal(),
            series[0].GetProperty("cumulativePnl").GetDecimal(), series[0].GetProperty("equity").GetDecimal(), series[0].GetProperty("trades").GetInt32()));
        Assert.Equal((0m, 70m, 75070m, 1), (series[^1].GetProperty("pnl").GetDecimal(), series[^1].GetProperty("cumulativePnl").GetDecimal(),
            series[^1].GetProperty("equity").GetDecimal(), series[^1].GetProperty("trades").GetInt32()));

        var bots = analytics.GetProperty("botPerformance").EnumerateArray().ToDictionary(b => b.GetProperty("botId").GetString()!);
        Assert.Equal(4, bots.Count);
        var running = bots[fixture.RunningBotId];
        Assert.Equal(("running", 0m, 1, 0m, 0m), (running.GetProperty("botName").GetString(), running.GetProperty("pnl").GetDecimal(),
            running.GetProperty("trades").GetInt32(), running.GetProperty("winRate").GetDecimal(), running.GetProperty("returnPercentage").GetDecimal()));
        Assert.Equal(("bot-a", 50m, 5, 50m), (bots["bot-a"].GetProperty("botName").GetString(), bots["bot-a"].GetProperty("pnl").GetDecimal(),
            bots["bot-a"].GetProperty("trades").GetInt32(), bots["bot-a"].GetProperty("winRate").GetDecimal()));
        Assert.Equal("bot-a", analytics.GetProperty("botPerformance")[0].GetProperty("botId").GetString());

        Assert.Equal([("AAPL", 100m, 6, 66.6667m), ("BRK.B", 20m, 2, 100m), ("BRKA", 0m, 2, 0m), ("MSFT", -50m, 3, 0m)],
            analytics.GetProperty("symbolPerformance").EnumerateArray().Select(s => (s.GetProperty("symbol").GetString(), s.GetProperty("pnl").GetDecimal(),
                s.GetProperty("trades").GetInt32(), s.GetProperty("winRate").GetDecimal())));
    }

    [Fact]
    public async Task Trade_stats_name_registered_bots()
    {
        var byBot = (await Client.GetOkAsync($"/api/trades/stats?botId={fixture.RunningBotId}")).GetProperty("pnlByBot");

        Assert.Equal("running", Assert.Single(byBot.EnumerateArray()).GetProperty("botName").GetString());
    }
}
