using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrleansTrading.GrainInterfaces.Positions;
using OrleansTrading.Grains.Ledger;
using OrleansTrading.Grains.Ledger.Queries;
using OrleansTrading.TestSupport.Api;
using OrleansTrading.TestSupport.Ledger;
using OrleansTrading.TestSupport.Postgres;

namespace OrleansTrading.PostgresTests.Cluster;

/// <summary>
/// The dashboard endpoints in Cluster mode: the api is an Orleans client of a separate silo and reads PostgreSQL (an
/// en-US ICU database, so a missing ordinal collation would show). The same <see cref="DashboardSamples"/> give the
/// same answers as in Embedded mode.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterModeDashboardTests(PostgresServerFixture postgres)
{
    private static async Task<JsonElement> GetAsync(ApiServer api, string path)
    {
        using var response = await api.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} -> {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static string[] Ids(JsonElement array) => array.EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToArray();

    [Fact]
    public async Task Trades_positions_stats_summary_and_analytics_come_from_postgresql()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync("dashboard", icuLocale: "en-US");
        await using var silo = await ClusterSilo.StartAsync(connectionString);
        await using var api = await ApiServer.StartAsync(false, "--Orleans:Mode=Cluster", $"--ConnectionStrings:Postgres={connectionString}");
        Assert.IsType<PostgresTradeLedger>(api.Services.GetRequiredService<ILedgerQueries>());
        await DashboardSamples.SeedAsync(api.Services.GetRequiredService<ITradeLedger>());

        var list = await GetAsync(api, "/api/trades?pageSize=4&page=3");
        Assert.Equal(["t-03", "t-02", "t-01"], Ids(list.GetProperty("trades")));
        Assert.Equal(11, list.GetProperty("pagination").GetProperty("totalItems").GetInt32());
        Assert.Equal(3, list.GetProperty("pagination").GetProperty("totalPages").GetInt32());
        Assert.Equal(DashboardSamples.NewestFirst, Ids((await GetAsync(api, "/api/trades?pageSize=99999")).GetProperty("trades")));
        Assert.Empty(Ids((await GetAsync(api, "/api/trades?page=5&pageSize=4")).GetProperty("trades")));
        Assert.Equal(["t-01", "t-02", "t-B", "t-a", "t-05", "t-06", "t-07", "t-08", "t-03", "t-04", "t-09"],
            Ids((await GetAsync(api, "/api/trades?sortField=symbol&sortDirection=asc&pageSize=99999")).GetProperty("trades")));
        Assert.Equal(["t-02", "t-a", "t-06", "t-08", "t-B", "t-04", "t-09", "t-07", "t-05", "t-03", "t-01"],
            Ids((await GetAsync(api, "/api/trades?sortField=profit_loss&sortDirection=desc&pageSize=99999")).GetProperty("trades")));
        Assert.Equal(["t-07", "t-06", "t-05"],
            Ids((await GetAsync(api, "/api/trades?dateRange=custom&customStartDate=2026-03-03&customEndDate=2026-03-04")).GetProperty("trades")));
        Assert.Equal("bot-c", (await GetAsync(api, "/api/trades/t-a")).GetProperty("bot_id").GetString());

        var stats = await GetAsync(api, "/api/trades/stats");
        Assert.Equal((11, 3, 2, 70m, 50m, 1.875m), (stats.GetProperty("totalTrades").GetInt32(), stats.GetProperty("winningTrades").GetInt32(),
            stats.GetProperty("losingTrades").GetInt32(), stats.GetProperty("totalPnL").GetDecimal(), stats.GetProperty("winRate").GetDecimal(),
            stats.GetProperty("profitFactor").GetDecimal()));
        Assert.Equal(["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-09", "2026-03-10"],
            stats.GetProperty("pnlByDate").EnumerateArray().Select(d => d.GetProperty("date").GetString()));
        Assert.Equal(["AAPL", "BRK.B", "BRKA", "MSFT"], stats.GetProperty("pnlBySymbol").EnumerateArray().Select(s => s.GetProperty("symbol").GetString()));

        Assert.Equal(["p-a", "p-B", "p-4", "p-3", "p-1"], Ids(await GetAsync(api, "/api/positions")));
        Assert.Equal(["p-1", "p-B", "p-3", "p-4", "p-a"], Ids(await GetAsync(api, "/api/positions?sortBy=symbol&sortOrder=asc")));
        Assert.Equal(["p-2"], Ids(await GetAsync(api, "/api/positions?status=closed")));

        var summary = await GetAsync(api, "/api/summary");
        Assert.Equal((70m, 5, 5266m, 50m), (summary.GetProperty("total_pnl").GetDecimal(), summary.GetProperty("open_positions").GetInt32(),
            summary.GetProperty("positions_value").GetDecimal(), summary.GetProperty("win_rate").GetDecimal()));
        var overview = (await GetAsync(api, "/api/analytics?timeRange=ALL")).GetProperty("overview");
        Assert.Equal((70m, 11), (overview.GetProperty("totalPnL").GetDecimal(), overview.GetProperty("totalTrades").GetInt32()));
        // The Cluster default is the real NYSE calendar: whichever it is now, exactly one of next_open / next_close is set.
        var market = await GetAsync(api, "/api/market-status");
        Assert.NotEqual(market.GetProperty("next_open").ValueKind == JsonValueKind.Null, market.GetProperty("next_close").ValueKind == JsonValueKind.Null);
        Assert.Equal(market.GetProperty("is_open").GetBoolean(), market.GetProperty("next_close").ValueKind != JsonValueKind.Null);

        using var invalid = await api.Client.GetAsync("/api/trades?sortField=nope");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        using var closedAgain = await api.Client.PostAsync("/api/positions/p-2/close", null);
        Assert.Equal(HttpStatusCode.Conflict, closedAgain.StatusCode);
        using var unknown = await api.Client.GetAsync("/api/trades/nope");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Closing_a_position_sells_through_the_silo_and_the_api_reads_the_result_from_postgresql()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync("dashclose");
        await using var silo = await ClusterSilo.StartAsync(connectionString);
        await using var api = await ApiServer.StartAsync(false, "--Orleans:Mode=Cluster", $"--ConnectionStrings:Postgres={connectionString}");
        var grain = api.Services.GetRequiredService<IClusterClient>().GetGrain<IPositionGrain>(PositionKeys.For("cluster-bot", "MSFT"));
        var bought = await grain.BuyAsync(new BuyCommand
        {
            ClientOrderId = "cluster-open",
            Quantity = 3,
            StopLossPercent = 90m,
            TakeProfitPercent = 900m,
            BarTimestamp = DateTimeOffset.UtcNow,
            ReferencePrice = 100m,
        });
        Assert.Equal(PositionCommandOutcome.Filled, bought.Outcome);
        var id = bought.Position!.Id;

        using (var closed = await api.Client.PostAsJsonAsync($"/api/positions/{id}/close", new { }))
        {
            Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        }

        var position = await GetAsync(api, $"/api/positions/{id}");
        var trades = (await GetAsync(api, "/api/trades?botId=cluster-bot")).GetProperty("trades");
        Assert.False(position.GetProperty("is_open").GetBoolean());
        Assert.Equal(["sell", "buy"], trades.EnumerateArray().Select(t => t.GetProperty("type").GetString()));
        Assert.Equal(position.GetProperty("realized_pnl").GetDecimal(), trades[0].GetProperty("profit_loss").GetDecimal());
        using var again = await api.Client.PostAsync($"/api/positions/{id}/close", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }
}
