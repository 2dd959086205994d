using System.Globalization;
using OrleansTrading.GrainInterfaces.Trades;
using OrleansTrading.Grains.Ledger;
using OrleansTrading.Grains.Ledger.Queries;
using Xunit;
using static OrleansTrading.TestSupport.Ledger.DashboardSamples;

namespace OrleansTrading.TestSupport.Ledger;

/// <summary>
/// The one behavioural contract of <see cref="ILedgerQueries"/>, run against the in-memory and the PostgreSQL ledger:
/// same rows in, same pages, orders and aggregates out. Expected values are worked out by hand from
/// <see cref="DashboardSamples"/>. A subclass only says how to make a fresh, empty ledger.
/// </summary>
public abstract class LedgerQueriesContractTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private ITradeLedger? _ledger;

    private ITradeLedger Ledger => _ledger ?? throw new InvalidOperationException("The ledger has not been created.");

    private ILedgerQueries Queries => (ILedgerQueries)Ledger;

    /// <summary>An empty ledger that also implements <see cref="ILedgerQueries"/> over the same rows.</summary>
    protected abstract Task<ITradeLedger> CreateEmptyLedgerAsync();

    protected virtual Task ReleaseLedgerAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        _ledger = await CreateEmptyLedgerAsync();
        Assert.IsAssignableFrom<ILedgerQueries>(_ledger);
    }

    public Task DisposeAsync() => ReleaseLedgerAsync();

    private async Task<string[]> TradeIdsAsync(TradeQuery query)
    {
        await SeedAsync(Ledger);
        var page = await Queries.ListTradesAsync(query, None);
        return page.Trades.Select(t => t.Id).ToArray();
    }

    private static TradeQuery All(TradeSortField field, SortDirection direction) =>
        new() { SortField = field, Direction = direction, PageSize = 99999 };

    [Fact]
    public async Task Trades_default_to_newest_first_with_ties_broken_by_id_ordinally()
    {
        Assert.Equal(NewestFirst, await TradeIdsAsync(new TradeQuery { PageSize = 99999 }));
    }

    [Fact]
    public async Task Ascending_time_is_the_exact_reverse_including_ties()
    {
        Assert.Equal(NewestFirst.Reverse(), await TradeIdsAsync(All(TradeSortField.Timestamp, SortDirection.Ascending)));
    }

    [Fact]
    public async Task Symbols_sort_ordinally_not_linguistically()
    {
        Assert.Equal(["t-01", "t-02", "t-B", "t-a", "t-05", "t-06", "t-07", "t-08", "t-03", "t-04", "t-09"],
            await TradeIdsAsync(All(TradeSortField.Symbol, SortDirection.Ascending)));
    }

    [Fact]
    public async Task Profit_loss_sorts_with_the_trades_without_it_last_in_both_directions()
    {
        Assert.Equal(["t-02", "t-a", "t-06", "t-08", "t-B", "t-04", "t-09", "t-07", "t-05", "t-03", "t-01"],
            await TradeIdsAsync(All(TradeSortField.ProfitLoss, SortDirection.Descending)));
        Assert.Equal(["t-04", "t-B", "t-08", "t-06", "t-a", "t-02", "t-01", "t-03", "t-05", "t-07", "t-09"],
            (await Queries.ListTradesAsync(All(TradeSortField.ProfitLoss, SortDirection.Ascending), None)).Trades.Select(t => t.Id));
    }

    [Fact]
    public async Task Price_quantity_and_type_sort_with_id_tie_breaks()
    {
        Assert.Equal(["t-01", "t-07", "t-08", "t-02", "t-B", "t-a", "t-04", "t-03", "t-09", "t-05", "t-06"],
            await TradeIdsAsync(All(TradeSortField.Price, SortDirection.Ascending)));
        Assert.Equal(["t-02", "t-01", "t-09", "t-04", "t-03", "t-a", "t-B", "t-06", "t-05", "t-08", "t-07"],
            (await Queries.ListTradesAsync(All(TradeSortField.Quantity, SortDirection.Descending), None)).Trades.Select(t => t.Id));
        Assert.Equal(["t-01", "t-03", "t-05", "t-07", "t-09", "t-02", "t-04", "t-06", "t-08", "t-B", "t-a"],
            (await Queries.ListTradesAsync(All(TradeSortField.Type, SortDirection.Ascending), None)).Trades.Select(t => t.Id));
    }

    [Fact]
    public async Task Filters_by_bot_symbol_side_and_half_open_time_range_and_counts_the_matches()
    {
        await SeedAsync(Ledger);

        // Ids joined into one string, so the (ids, total) pairs compare by value.
        async Task<(string Ids, long Total)> ListAsync(TradeFilter filter)
        {
            var page = await Queries.ListTradesAsync(new TradeQuery { Filter = filter, PageSize = 2 }, None);
            return (string.Join(',', page.Trades.Select(t => t.Id)), page.TotalItems);
        }

        Assert.Equal(("t-08,t-07", 4L), await ListAsync(new TradeFilter { BotId = "bot-b" }));
        Assert.Equal(("t-a,t-B", 4L), await ListAsync(new TradeFilter { Symbol = "AAPL" }));
        Assert.Equal(("t-a,t-B", 6L), await ListAsync(new TradeFilter { Side = TradeSide.Sell }));
        Assert.Equal(("t-04,t-02", 2L), await ListAsync(new TradeFilter { BotId = "bot-a", Side = TradeSide.Sell }));
        // From is inclusive and To exclusive: t-06 and t-07 sit exactly on To and are left out.
        Assert.Equal(("t-05,t-04", 2L), await ListAsync(new TradeFilter { From = Utc("2026-03-03T03:30:00Z"), To = Utc("2026-03-04T15:00:00Z") }));
        Assert.Equal(("", 0L), await ListAsync(new TradeFilter { BotId = "bot-z" }));
    }

    [Fact]
    public async Task Pages_are_one_based_the_last_is_partial_and_past_the_end_is_empty_with_the_total()
    {
        await SeedAsync(Ledger);

        async Task<(string Ids, long Total)> PageAsync(int page, int pageSize)
        {
            var result = await Queries.ListTradesAsync(new TradeQuery { Page = page, PageSize = pageSize }, None);
            return (string.Join(',', result.Trades.Select(t => t.Id)), result.TotalItems);
        }

        Assert.Equal((Ids(NewestFirst.Take(4)), 11L), await PageAsync(1, 4));
        Assert.Equal((Ids(NewestFirst.Skip(4).Take(4)), 11L), await PageAsync(2, 4));
        Assert.Equal((Ids(NewestFirst.Skip(8)), 11L), await PageAsync(3, 4));
        Assert.Equal(("", 11L), await PageAsync(4, 4));
        Assert.Equal(("", 11L), await PageAsync(int.MaxValue, 99999));
        Assert.Equal((Ids(NewestFirst), 11L), await PageAsync(1, 99999));
    }

    [Fact]
    public async Task A_listed_trade_keeps_every_field()
    {
        await SeedAsync(Ledger);
        var page = await Queries.ListTradesAsync(new TradeQuery { PageSize = 99999 }, None);
        Assert.Equal(Trades.OrderBy(t => t.Id, StringComparer.Ordinal), page.Trades.OrderBy(t => t.Id, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Aggregates_count_only_closing_trades_toward_pnl_wins_and_losses()
    {
        await SeedAsync(Ledger);

        var aggregates = await Queries.AggregateTradesAsync(TradeFilter.All, None);

        Assert.Equal(new PnlTally
        {
            Trades = 11, ClosingTrades = 6, Wins = 3, Losses = 2, TotalPnl = 70m, GrossProfit = 150m, GrossLoss = -80m, Best = 100m, Worst = -50m,
        }, aggregates.Overall);
    }

    [Fact]
    public async Task Aggregates_group_by_new_york_date_across_midnight_utc_and_daylight_saving()
    {
        await SeedAsync(Ledger);

        var byDate = (await Queries.AggregateTradesAsync(TradeFilter.All, None)).ByDate;

        Assert.Equal(["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-09", "2026-03-10"], byDate.Select(g => g.Key));
        Assert.Equal(new PnlTally { Trades = 4, ClosingTrades = 2, Wins = 1, Losses = 1, TotalPnl = 50m, GrossProfit = 100m, GrossLoss = -50m, Best = 100m, Worst = -50m },
            byDate[0].Tally);
        Assert.Equal(new PnlTally { Trades = 1 }, byDate[1].Tally);
        Assert.Equal(new PnlTally { Trades = 1, ClosingTrades = 1, Best = 0m, Worst = 0m }, byDate[3].Tally);
        Assert.Equal(new PnlTally { Trades = 2, ClosingTrades = 2, Wins = 1, Losses = 1, TotalPnl = 0m, GrossProfit = 30m, GrossLoss = -30m, Best = 30m, Worst = -30m },
            byDate[4].Tally);
    }

    [Fact]
    public async Task Aggregates_group_by_symbol_and_bot_in_ordinal_key_order()
    {
        await SeedAsync(Ledger);

        var aggregates = await Queries.AggregateTradesAsync(TradeFilter.All, None);

        Assert.Equal([("AAPL", 4L, 3L, 2L, 100m), ("BRK.B", 2L, 1L, 1L, 20m), ("BRKA", 2L, 1L, 0L, 0m), ("MSFT", 3L, 1L, 0L, -50m)],
            aggregates.BySymbol.Select(g => (g.Key, g.Tally.Trades, g.Tally.ClosingTrades, g.Tally.Wins, g.Tally.TotalPnl)));
        Assert.Equal([("bot-a", 4L, 2L, 50m), ("bot-b", 4L, 2L, 20m), ("bot-c", 3L, 2L, 0m)],
            aggregates.ByBot.Select(g => (g.Key, g.Tally.Trades, g.Tally.ClosingTrades, g.Tally.TotalPnl)));
    }

    [Fact]
    public async Task Aggregates_honour_the_filter_and_are_empty_when_nothing_matches()
    {
        await SeedAsync(Ledger);

        var botA = await Queries.AggregateTradesAsync(new TradeFilter { BotId = "bot-a", Side = TradeSide.Sell }, None);
        var nothing = await Queries.AggregateTradesAsync(new TradeFilter { Symbol = "TSLA" }, None);

        Assert.Equal(new PnlTally { Trades = 2, ClosingTrades = 2, Wins = 1, Losses = 1, TotalPnl = 50m, GrossProfit = 100m, GrossLoss = -50m, Best = 100m, Worst = -50m },
            botA.Overall);
        Assert.Equal(["bot-a"], botA.ByBot.Select(g => g.Key));
        Assert.Equal(["2026-03-02"], botA.ByDate.Select(g => g.Key));
        Assert.Equal(PnlTally.Empty, nothing.Overall);
        Assert.Empty(nothing.ByDate);
        Assert.Empty(nothing.BySymbol);
        Assert.Empty(nothing.ByBot);
    }

    [Fact]
    public async Task Whole_new_york_day_ranges_count_and_aggregate_the_same_trades_as_instant_ranges()
    {
        await SeedAsync(Ledger);
        // New York midnights (EST): [2026-03-03, 2026-03-05) in exchange dates.
        var days = new TradeFilter { From = Utc("2026-03-03T05:00:00Z"), To = Utc("2026-03-05T05:00:00Z") };
        // The same rows by instants that are not midnights.
        var instants = new TradeFilter { From = Utc("2026-03-03T05:00:01Z"), To = Utc("2026-03-05T04:59:59Z") };

        foreach (var filter in new[] { days, instants })
        {
            var page = await Queries.ListTradesAsync(new TradeQuery { Filter = filter, PageSize = 2 }, None);
            var aggregates = await Queries.AggregateTradesAsync(filter, None);
            Assert.Equal((Ids(["t-07", "t-06"]), 3L), (Ids(page.Trades.Select(t => t.Id)), page.TotalItems));
            Assert.Equal(new PnlTally { Trades = 3, ClosingTrades = 1, Wins = 1, TotalPnl = 20m, GrossProfit = 20m, Best = 20m, Worst = 20m }, aggregates.Overall);
            Assert.Equal(["2026-03-03", "2026-03-04"], aggregates.ByDate.Select(g => g.Key));
            Assert.Equal(["BRK.B", "BRKA"], aggregates.BySymbol.Select(g => g.Key));
        }
    }

    [Fact]
    public async Task Whole_day_aggregates_honour_bot_and_side_filters()
    {
        await SeedAsync(Ledger);

        var filter = new TradeFilter { BotId = "bot-c", Side = TradeSide.Sell, From = Utc("2026-03-09T04:00:00Z") };
        var aggregates = await Queries.AggregateTradesAsync(filter, None);
        var page = await Queries.ListTradesAsync(new TradeQuery { Filter = filter }, None);

        Assert.Equal(new PnlTally { Trades = 2, ClosingTrades = 2, Wins = 1, Losses = 1, GrossProfit = 30m, GrossLoss = -30m, Best = 30m, Worst = -30m },
            aggregates.Overall);
        Assert.Equal(2, page.TotalItems);
    }

    [Fact]
    public async Task Replayed_trades_are_not_counted_twice_and_a_deleted_bot_leaves_no_tallies()
    {
        await SeedAsync(Ledger);
        await SeedAsync(Ledger);

        Assert.Equal(11, (await Queries.AggregateTradesAsync(TradeFilter.All, None)).Overall.Trades);
        Assert.Equal(11, (await Queries.ListTradesAsync(new TradeQuery(), None)).TotalItems);

        await Ledger.DeleteBotDataAsync("bot-a", None);

        var aggregates = await Queries.AggregateTradesAsync(TradeFilter.All, None);
        Assert.Equal(["bot-b", "bot-c"], aggregates.ByBot.Select(g => g.Key));
        Assert.Equal(new PnlTally { Trades = 7, ClosingTrades = 4, Wins = 2, Losses = 1, TotalPnl = 20m, GrossProfit = 50m, GrossLoss = -30m, Best = 30m, Worst = -30m },
            aggregates.Overall);
        Assert.Equal(7, (await Queries.ListTradesAsync(new TradeQuery(), None)).TotalItems);
    }

    [Fact]
    public async Task Positions_default_to_open_ones_newest_first()
    {
        await SeedAsync(Ledger);

        Assert.Equal(["p-a", "p-B", "p-4", "p-3", "p-1"], await PositionIdsAsync(new PositionQuery()));
        Assert.Equal(["p-2"], await PositionIdsAsync(new PositionQuery { Status = PositionStatusFilter.Closed }));
        Assert.Equal(["p-a", "p-B", "p-4", "p-3", "p-2", "p-1"], await PositionIdsAsync(new PositionQuery { Status = PositionStatusFilter.All }));
    }

    [Fact]
    public async Task Positions_sort_by_every_field_with_ordinal_id_tie_breaks()
    {
        await SeedAsync(Ledger);

        Assert.Equal(["p-1", "p-B", "p-3", "p-4", "p-a"], await PositionIdsAsync(new PositionQuery { SortBy = PositionSortField.Symbol, Direction = SortDirection.Ascending }));
        Assert.Equal(["p-1", "p-B", "p-4", "p-3", "p-a"], await PositionIdsAsync(new PositionQuery { SortBy = PositionSortField.UnrealizedPnl }));
        Assert.Equal(["p-1", "p-4", "p-B", "p-a", "p-3"], await PositionIdsAsync(new PositionQuery { SortBy = PositionSortField.EntryPrice, Direction = SortDirection.Ascending }));
        Assert.Equal(["p-3", "p-a", "p-B", "p-1", "p-4"], await PositionIdsAsync(new PositionQuery { SortBy = PositionSortField.CurrentPrice }));
        Assert.Equal(["p-1", "p-3", "p-4", "p-B", "p-a"], await PositionIdsAsync(new PositionQuery { SortBy = PositionSortField.OpenedAt, Direction = SortDirection.Ascending }));
    }

    [Fact]
    public async Task Positions_filter_by_bot_and_symbol()
    {
        await SeedAsync(Ledger);

        Assert.Equal(["p-4", "p-3"], await PositionIdsAsync(new PositionQuery { BotId = "bot-b" }));
        Assert.Equal(["p-B", "p-1"], await PositionIdsAsync(new PositionQuery { Symbol = "AAPL", Status = PositionStatusFilter.All }));
        Assert.Empty(await PositionIdsAsync(new PositionQuery { BotId = "bot-a", Symbol = "MSFT" }));
        var listed = (await Queries.ListPositionsAsync(new PositionQuery { Status = PositionStatusFilter.All }, None)).OrderBy(p => p.Id, StringComparer.Ordinal);
        Assert.Equal(Positions.OrderBy(p => p.Id, StringComparer.Ordinal), listed);
    }

    [Fact]
    public async Task Summary_sums_closing_pnl_counts_one_day_and_values_open_positions()
    {
        await SeedAsync(Ledger);

        // 2026-03-04 in New York (EST): t-06 and t-07.
        var summary = await Queries.GetSummaryAsync(Utc("2026-03-04T05:00:00Z"), Utc("2026-03-05T05:00:00Z"), None);

        Assert.Equal(new LedgerSummary
        {
            TotalPnl = 70m, ClosingTrades = 6, WinningTrades = 3, TradesInDay = 2, OpenPositions = 5,
            PositionsValue = 105m * 10 + 490m * 2 + 100m * 1 + 112m * 3 + 400m * 7,
        }, summary);
    }

    [Fact]
    public async Task Summary_of_an_empty_ledger_is_all_zeros()
    {
        var summary = await Queries.GetSummaryAsync(Utc("2026-03-04T05:00:00Z"), Utc("2026-03-05T05:00:00Z"), None);

        Assert.Equal(new LedgerSummary { TotalPnl = 0, ClosingTrades = 0, WinningTrades = 0, TradesInDay = 0, OpenPositions = 0, PositionsValue = 0 }, summary);
        var page = await Queries.ListTradesAsync(new TradeQuery(), None);
        Assert.Empty(page.Trades);
        Assert.Equal(0, page.TotalItems);
    }

    [Fact]
    public async Task Orders_list_newest_first_per_bot_or_all_with_a_limit()
    {
        await Ledger.UpsertOrderAsync(LedgerSamples.Order("o-1", "bot-a", submittedMinute: 1), None);
        await Ledger.UpsertOrderAsync(LedgerSamples.Order("o-B", "bot-b", submittedMinute: 5), None);
        await Ledger.UpsertOrderAsync(LedgerSamples.Order("o-a", "bot-a", submittedMinute: 5), None);
        await Ledger.UpsertOrderAsync(LedgerSamples.Order("o-2", "bot-a", submittedMinute: 3), None);

        Assert.Equal(["o-a", "o-B", "o-2", "o-1"], (await Queries.ListOrdersAsync(null, 10, None)).Select(o => o.ClientOrderId));
        Assert.Equal(["o-a", "o-B"], (await Queries.ListOrdersAsync(null, 2, None)).Select(o => o.ClientOrderId));
        Assert.Equal(["o-a", "o-2", "o-1"], (await Queries.ListOrdersAsync("bot-a", 10, None)).Select(o => o.ClientOrderId));
        Assert.Equal(LedgerSamples.Order("o-B", "bot-b", submittedMinute: 5), Assert.Single(await Queries.ListOrdersAsync("bot-b", 10, None)));
    }

    private async Task<string[]> PositionIdsAsync(PositionQuery query) =>
        (await Queries.ListPositionsAsync(query, None)).Select(p => p.Id).ToArray();

    private static string Ids(IEnumerable<string> ids) => string.Join(',', ids);

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
