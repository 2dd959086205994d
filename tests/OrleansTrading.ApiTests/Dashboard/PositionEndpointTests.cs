using System.Net;
using OrleansTrading.TestSupport.Ledger;

namespace OrleansTrading.ApiTests.Dashboard;

/// <summary><c>GET /api/positions</c>, <c>/api/positions/{id}</c> and the refusals of the close endpoint, against <see cref="DashboardSamples"/>.</summary>
[Collection(SeededLedgerCollection.Name)]
public sealed class PositionEndpointTests(SeededLedgerFixture fixture)
{
    private static readonly string[] PositionFields =
    [
        "bot_id", "closed_at", "current_price", "entry_price", "id", "is_open", "opened_at", "quantity", "realized_pnl", "stop_loss_price",
        "symbol", "take_profit_price", "unrealized_pnl",
    ];

    private HttpClient Client => fixture.Server.Client;

    [Fact]
    public async Task The_list_is_an_array_of_open_positions_newest_first()
    {
        var positions = await Client.GetOkAsync("/api/positions");

        Assert.Equal(["p-a", "p-B", "p-4", "p-3", "p-1"], positions.Ids());
        Assert.All(positions.EnumerateArray(), p => Assert.Equal(PositionFields, p.Names()));
        Assert.All(positions.EnumerateArray(), p => Assert.True(p.GetProperty("is_open").GetBoolean()));
    }

    [Theory]
    [InlineData("?status=closed", "p-2")]
    [InlineData("?status=all", "p-a,p-B,p-4,p-3,p-2,p-1")]
    [InlineData("?status=open", "p-a,p-B,p-4,p-3,p-1")]
    [InlineData("?status=&botId=&symbol=&sortBy=&sortOrder=", "p-a,p-B,p-4,p-3,p-1")]
    [InlineData("?sortBy=symbol&sortOrder=asc", "p-1,p-B,p-3,p-4,p-a")]
    [InlineData("?sortBy=unrealized_pnl&sortOrder=desc", "p-1,p-B,p-4,p-3,p-a")]
    [InlineData("?sortBy=entry_price&sortOrder=asc", "p-1,p-4,p-B,p-a,p-3")]
    [InlineData("?sortBy=current_price", "p-3,p-a,p-B,p-1,p-4")]
    [InlineData("?sortBy=opened_at&sortOrder=asc", "p-1,p-3,p-4,p-B,p-a")]
    [InlineData("?botId=bot-b", "p-4,p-3")]
    [InlineData("?symbol=aapl&status=all", "p-B,p-1")]
    [InlineData("?botId=bot-a&symbol=MSFT", "")]
    public async Task Filters_status_and_sorts(string query, string expected)
    {
        Assert.Equal(expected.Length == 0 ? [] : expected.Split(','), (await Client.GetOkAsync("/api/positions" + query)).Ids());
    }

    [Theory]
    [InlineData("?status=pending", "status")]
    [InlineData("?sortBy=pnl", "sortBy")]
    [InlineData("?sortOrder=upward", "sortOrder")]
    public async Task A_bad_parameter_is_a_422_naming_it(string query, string parameter)
    {
        await Client.AssertInvalidParameterAsync("/api/positions" + query, parameter);
    }

    [Fact]
    public async Task One_position_by_id_open_or_closed_and_404_for_an_unknown_id()
    {
        var open = await Client.GetOkAsync("/api/positions/p-3");
        var closed = await Client.GetOkAsync("/api/positions/p-2");

        Assert.Equal(PositionFields, open.Names());
        Assert.Equal(("bot-b", "BRK.B", 2, 500m, 490m, -20m, true), (open.GetProperty("bot_id").GetString(), open.GetProperty("symbol").GetString(),
            open.GetProperty("quantity").GetInt32(), open.GetProperty("entry_price").GetDecimal(), open.GetProperty("current_price").GetDecimal(),
            open.GetProperty("unrealized_pnl").GetDecimal(), open.GetProperty("is_open").GetBoolean()));
        Assert.Equal(("2026-03-03T04:00:00Z", false), (closed.GetProperty("closed_at").GetString(), closed.GetProperty("is_open").GetBoolean()));
        await Client.GetProblemAsync("/api/positions/p-404", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Closing_a_closed_position_is_a_409_and_an_unknown_one_a_404_and_neither_changes_anything()
    {
        using (var closed = await Client.PostAsync("/api/positions/p-2/close", null))
        {
            Assert.Equal("position_closed", (await Http.ProblemAsync(closed, HttpStatusCode.Conflict)).GetProperty("error_code").GetString());
        }
        using (var unknown = await Client.PostAsync("/api/positions/p-404/close", null))
        {
            Assert.Equal("position_not_found", (await Http.ProblemAsync(unknown, HttpStatusCode.NotFound)).GetProperty("error_code").GetString());
        }

        Assert.Equal(11, (await Client.GetOkAsync("/api/trades")).GetProperty("pagination").GetProperty("totalItems").GetInt32());
        Assert.Equal(["p-a", "p-B", "p-4", "p-3", "p-2", "p-1"], (await Client.GetOkAsync("/api/positions?status=all")).Ids());
    }
}
