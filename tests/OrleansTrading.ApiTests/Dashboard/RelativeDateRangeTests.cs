namespace OrleansTrading.ApiTests.Dashboard;

/// <summary>The date presets of <c>/api/trades</c> and the time ranges of <c>/api/analytics</c>, against the real clock.</summary>
public sealed class RelativeDateRangeTests(RelativeDateFixture fixture) : IClassFixture<RelativeDateFixture>
{
    private HttpClient Client => fixture.Server.Client;

    [Theory]
    [InlineData("today", "now")]
    [InlineData("week", "now,d3")]
    [InlineData("month", "now,d3,d20")]
    [InlineData("all", "now,d3,d20,d100")]
    [InlineData("TODAY", "now")]
    public async Task Trade_date_presets_select_the_last_new_york_days(string dateRange, string expected)
    {
        Assert.Equal(expected.Split(','), (await Client.GetOkAsync($"/api/trades?dateRange={dateRange}")).GetProperty("trades").Ids());
    }

    [Theory]
    [InlineData("today", 1)]
    [InlineData("week", 3)]
    [InlineData("month", 7)]
    [InlineData("all", 15)]
    public async Task Stats_use_the_same_presets(string dateRange, decimal totalPnl)
    {
        Assert.Equal(totalPnl, (await Client.GetOkAsync($"/api/trades/stats?dateRange={dateRange}")).GetProperty("totalPnL").GetDecimal());
    }

    [Theory]
    [InlineData("1W", 3)]
    [InlineData("1M", 7)]
    [InlineData("3M", 7)]
    [InlineData("6M", 15)]
    [InlineData("1Y", 15)]
    [InlineData("ALL", 15)]
    [InlineData("", 15)]
    [InlineData("1m", 7)]
    public async Task Analytics_time_ranges_cover_the_last_7_30_90_180_365_days_or_everything(string timeRange, decimal totalPnl)
    {
        var analytics = await Client.GetOkAsync($"/api/analytics?timeRange={timeRange}");
        Assert.Equal(totalPnl, analytics.GetProperty("overview").GetProperty("totalPnL").GetDecimal());
    }

    [Fact]
    public async Task An_unknown_time_range_is_a_422_naming_it()
    {
        await Client.AssertInvalidParameterAsync("/api/analytics?timeRange=2W", "timeRange");
    }
}
