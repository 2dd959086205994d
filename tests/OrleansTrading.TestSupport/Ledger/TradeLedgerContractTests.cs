using System.Text.Json.Nodes;
using OrleansTrading.GrainInterfaces.Trades;
using OrleansTrading.Grains.Ledger;
using Xunit;
using static OrleansTrading.TestSupport.Ledger.LedgerSamples;

namespace OrleansTrading.TestSupport.Ledger;

/// <summary>
/// The one behavioural contract of <see cref="ITradeLedger"/>, run against every implementation: a subclass only
/// says how to make a fresh, empty ledger. Trades, bot deletion and concurrency live here; orders, positions and
/// equity, and alerts in the other parts of this class.
/// </summary>
public abstract partial class TradeLedgerContractTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private ITradeLedger? _ledger;

    protected ITradeLedger Ledger => _ledger ?? throw new InvalidOperationException("The ledger has not been created.");

    /// <summary>A ledger with no rows at all, used by one test only.</summary>
    protected abstract Task<ITradeLedger> CreateEmptyLedgerAsync();

    /// <summary>Releases what <see cref="CreateEmptyLedgerAsync"/> made, after the test.</summary>
    protected virtual Task ReleaseLedgerAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => _ledger = await CreateEmptyLedgerAsync();

    public Task DisposeAsync() => ReleaseLedgerAsync();

    [Fact]
    public async Task Recording_a_trade_twice_keeps_the_first()
    {
        var first = Trade("t-1");

        await Ledger.RecordTradeAsync(first, None);
        await Ledger.RecordTradeAsync(first with { Price = 1m, Status = TradeStatus.Failed, ProfitLoss = null }, None);

        var stored = Assert.Single(await Ledger.GetTradesByBotAsync("bot-a", None));
        AssertSameTrade(first, stored);
    }

    [Fact]
    public async Task A_trade_round_trips_every_field()
    {
        var full = Trade("t-full");
        var bare = Trade("t-bare", minute: 1) with
        {
            Type = TradeSide.Buy,
            Status = TradeStatus.Pending,
            IndicatorsSnapshot = null,
            ProfitLoss = null,
            OrderId = null,
            Commission = null,
            Slippage = null,
        };
        var zeros = Trade("t-zero", minute: 2) with { IndicatorsSnapshot = "{}", ProfitLoss = 0m, Commission = 0m, Slippage = 0m };

        foreach (var trade in new[] { full, bare, zeros })
        {
            await Ledger.RecordTradeAsync(trade, None);
        }

        AssertSameTrade(full, await Ledger.GetTradeAsync("t-full", None));
        AssertSameTrade(bare, await Ledger.GetTradeAsync("t-bare", None));
        AssertSameTrade(zeros, await Ledger.GetTradeAsync("t-zero", None));
        Assert.Null((await Ledger.GetTradeAsync("t-bare", None))!.IndicatorsSnapshot);
        Assert.Equal(TimeSpan.Zero, (await Ledger.GetTradeAsync("t-full", None))!.Timestamp.Offset);
    }

    [Fact]
    public async Task An_unknown_trade_is_null()
    {
        await Ledger.RecordTradeAsync(Trade("t-1"), None);

        Assert.Null(await Ledger.GetTradeAsync("t-2", None));
    }

    [Fact]
    public async Task A_bots_trades_come_oldest_first_then_by_ordinal_id()
    {
        // "T-z" sorts before "t-a" only ordinally; a linguistic collation would put it last.
        await Ledger.RecordTradeAsync(Trade("t-late", minute: 9), None);
        await Ledger.RecordTradeAsync(Trade("t-a", minute: 5), None);
        await Ledger.RecordTradeAsync(Trade("T-z", minute: 5), None);
        await Ledger.RecordTradeAsync(Trade("t-early", minute: 1), None);
        await Ledger.RecordTradeAsync(Trade("t-other", botId: "bot-b", minute: 3), None);

        var trades = await Ledger.GetTradesByBotAsync("bot-a", None);

        Assert.Equal(["t-early", "T-z", "t-a", "t-late"], trades.Select(t => t.Id));
        Assert.Empty(await Ledger.GetTradesByBotAsync("bot-unknown", None));
    }

    [Fact]
    public async Task Concurrent_writes_of_one_trade_store_one_row()
    {
        var writes = Enumerable.Range(1, 20).Select(i => Trade("t-race") with { Price = i }).ToArray();

        await Task.WhenAll(writes.Select(t => Task.Run(() => Ledger.RecordTradeAsync(t, None))));

        var stored = Assert.Single(await Ledger.GetTradesByBotAsync("bot-a", None));
        Assert.Contains(stored.Price, writes.Select(t => t.Price));
    }

    [Fact]
    public async Task Deleting_a_bot_removes_exactly_its_rows_in_every_table()
    {
        foreach (var bot in new[] { "bot-a", "bot-b" })
        {
            await Ledger.RecordTradeAsync(Trade($"{bot}-t1", bot), None);
            await Ledger.RecordTradeAsync(Trade($"{bot}-t2", bot, minute: 1), None);
            await Ledger.UpsertOrderAsync(Order($"{bot}-o1", bot), None);
            await Ledger.UpsertPositionAsync(Position($"{bot}-p1", bot), None);
            await Ledger.RecordEquitySnapshotAsync(Equity(bot, 0), None);
            await Ledger.RecordEquitySnapshotAsync(Equity(bot, 1), None);
            await Ledger.RecordAlertAsync(Alert($"{bot}-a1", bot), None);
        }
        await Ledger.RecordAlertAsync(Alert("system-a1", botId: null), None);

        var deleted = await Ledger.DeleteBotDataAsync("bot-a", None);

        Assert.Equal(7, deleted);
        Assert.Empty(await Ledger.GetTradesByBotAsync("bot-a", None));
        Assert.Empty(await Ledger.GetOrdersByBotAsync("bot-a", None));
        Assert.Empty(await Ledger.GetPositionsByBotAsync("bot-a", None));
        Assert.Empty(await Ledger.GetEquitySnapshotsAsync("bot-a", None));
        Assert.Empty(await Ledger.GetAlertsAsync("bot-a", 100, None));
        Assert.Null(await Ledger.GetTradeAsync("bot-a-t1", None));
        Assert.Null(await Ledger.GetOrderAsync("bot-a-o1", None));
        Assert.Null(await Ledger.GetPositionAsync("bot-a-p1", None));
        Assert.Equal(2, (await Ledger.GetTradesByBotAsync("bot-b", None)).Count);
        Assert.Single(await Ledger.GetOrdersByBotAsync("bot-b", None));
        Assert.Single(await Ledger.GetPositionsByBotAsync("bot-b", None));
        Assert.Equal(2, (await Ledger.GetEquitySnapshotsAsync("bot-b", None)).Count);
        Assert.Equal(["bot-b-a1", "system-a1"], (await Ledger.GetAlertsAsync(null, 100, None)).Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal(0, await Ledger.DeleteBotDataAsync("bot-a", None));
    }

    /// <summary>Equal in every field; the indicators JSON as a value, since a store may re-space or reorder its keys.</summary>
    private static void AssertSameTrade(Trade expected, Trade? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected with { IndicatorsSnapshot = null }, actual with { IndicatorsSnapshot = null });
        if (expected.IndicatorsSnapshot is null)
        {
            Assert.Null(actual.IndicatorsSnapshot);
            return;
        }
        Assert.NotNull(actual.IndicatorsSnapshot);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected.IndicatorsSnapshot), JsonNode.Parse(actual.IndicatorsSnapshot)),
            $"Indicators snapshot changed: {expected.IndicatorsSnapshot} became {actual.IndicatorsSnapshot}");
    }
}
