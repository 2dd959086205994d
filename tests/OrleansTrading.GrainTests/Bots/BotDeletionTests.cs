using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.GrainInterfaces.Positions;
using OrleansTrading.Grains.Ledger;
using OrleansTrading.GrainTests.Trading;

namespace OrleansTrading.GrainTests.Bots;

/// <summary>
/// Issue 17: deleting a bot leaves no live ghost. A bot holding a position is not deleted unless the delete flattens
/// it; after a delete its position grains are retired, so no price (not even one through the old stop), command or
/// reactivation writes a trade, order, position, equity or alert row for it again.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class BotDeletionTests(ClusterFixture fixture)
{
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(2);

    private ITradeLedger Ledger => ((InProcessSiloHandle)fixture.Cluster.Primary!).ServiceProvider!.GetRequiredService<ITradeLedger>();

    private IBotRegistryGrain Registry => fixture.Grains.GetGrain<IBotRegistryGrain>(IBotRegistryGrain.Key);

    [Fact]
    public async Task A_bot_holding_a_position_is_deleted_only_when_flattened_and_a_price_through_its_stop_then_writes_nothing()
    {
        var scenario = await HoldingStoppedBotAsync("GHOST");
        var before = await RowsAsync(scenario.BotId);
        Assert.Equal((1, 1, 1), (before.Trades, before.Orders, before.Positions));

        var refused = await Registry.DeleteBotAsync(scenario.BotId);

        Assert.Equal(BotCommandOutcome.Conflict, refused.Outcome);
        Assert.Equal($"Bot '{scenario.BotId}' has open positions in GHOST; close them first or delete with ?flatten=true.", refused.Message);
        Assert.Equal(BotStatus.Stopped, (await scenario.Bot.GetAsync())?.Status);
        Assert.Contains(scenario.BotId, await Registry.ListBotIdsAsync());
        Assert.Equal(before, await RowsAsync(scenario.BotId));
        Assert.Equal(9, (await PositionOf(scenario).GetBookAsync()).Open?.Quantity);

        // Another holder of the symbol with the same stop proves the falling price below does reach position grains.
        var controlBot = "control-" + Guid.NewGuid().ToString("N");
        var control = await fixture.Grains.GetGrain<IPositionGrain>(PositionKeys.For(controlBot, scenario.Symbol)).BuyAsync(Buy(101));
        Assert.Equal(PositionCommandOutcome.Filled, control.Outcome);
        ClusterFixture.Clock.Advance(TimeSpan.FromSeconds(1));

        var deleted = await Registry.DeleteBotAsync(scenario.BotId, flatten: true);

        Assert.Equal(BotCommandOutcome.Succeeded, deleted.Outcome);
        Assert.Null(await scenario.Bot.GetAsync());
        Assert.DoesNotContain(scenario.BotId, await Registry.ListBotIdsAsync());
        // The flatten's sell went with the rest of the bot's rows.
        Assert.Equal(BotRows.None, await RowsAsync(scenario.BotId));
        Assert.Null((await PositionOf(scenario).GetBookAsync()).Open);

        // 90 is far through the bot's old stop (101.0101 × 0.98 = 98.989898) and the control's.
        scenario.CloseBar(90);
        await scenario.PublishPriceAsync();
        await Eventually.MatchesAsync(() => Ledger.GetTradesByBotAsync(controlBot, default), t => t.Count == 2, "the control position's stop-loss sell");
        await Eventually.StaysAsync(() => RowsAsync(scenario.BotId), rows => rows == BotRows.None, "no row for the deleted bot", QuietPeriod);
        Assert.False((await scenario.CycleAsync()).Ran);
        Assert.Equal(BotRows.None, await RowsAsync(scenario.BotId));
    }

    [Fact]
    public async Task A_retired_position_grain_refuses_commands_and_prices_after_reactivation_and_the_bot_id_is_never_reused()
    {
        var scenario = await HoldingStoppedBotAsync("RETIRED");
        Assert.Equal(BotCommandOutcome.Succeeded, (await Registry.DeleteBotAsync(scenario.BotId, flatten: true)).Outcome);
        // The retired grain deactivated itself: this command meets a new activation that read only the tombstone.
        var position = PositionOf(scenario);

        var buy = await position.BuyAsync(Buy(101));
        var close = await position.CloseAsync(new CloseCommand { ClientOrderId = "late-close-" + Guid.NewGuid().ToString("N"), Reason = ExitReason.Manual });

        Assert.Equal((PositionCommandOutcome.Retired, PositionCommandOutcome.Retired), (buy.Outcome, close.Outcome));
        Assert.Null(buy.Trade);
        Assert.Contains(scenario.BotId, buy.Message);
        Assert.Null((await position.GetBookAsync()).Open);
        scenario.CloseBar(90);
        await scenario.PublishPriceAsync();
        await Eventually.StaysAsync(() => RowsAsync(scenario.BotId), rows => rows == BotRows.None, "no row for the deleted bot", QuietPeriod);

        var recreated = await scenario.Bot.CreateAsync(TradingScenario.Config(scenario.Symbol));
        Assert.Equal(BotCommandOutcome.Conflict, recreated.Outcome);
        Assert.Equal($"Bot '{scenario.BotId}' was deleted; a deleted bot's id is never reused.", recreated.Message);
        Assert.Equal(BotCommandOutcome.NotFound, (await scenario.Bot.StartAsync()).Outcome);
        Assert.Equal(BotCommandOutcome.NotFound, (await Registry.DeleteBotAsync(scenario.BotId, flatten: true)).Outcome);
        Assert.Null(await scenario.Bot.GetAsync());
    }

    [Fact]
    public async Task A_flatten_whose_sale_fails_is_a_conflict_and_deletes_nothing_until_the_position_is_closed()
    {
        var scenario = await HoldingStoppedBotAsync("NOCLOSE");
        var before = await RowsAsync(scenario.BotId);
        // The close asks the symbol for its last price, and the feed behind it now throws.
        ClusterFixture.Feed.Fail(scenario.Symbol);

        var refused = await Registry.DeleteBotAsync(scenario.BotId, flatten: true);

        Assert.Equal(BotCommandOutcome.Conflict, refused.Outcome);
        Assert.StartsWith($"Bot '{scenario.BotId}' was not deleted: closing its NOCLOSE position did not complete", refused.Message);
        Assert.Equal(BotStatus.Stopped, (await scenario.Bot.GetAsync())?.Status);
        Assert.Contains(scenario.BotId, await Registry.ListBotIdsAsync());
        Assert.Equal(before, await RowsAsync(scenario.BotId));
        Assert.Equal(9, (await PositionOf(scenario).GetBookAsync()).Open?.Quantity);

        // Closed by hand at a price the caller gives (no feed needed), the bot deletes without flatten, and leaves the
        // registry: the kill switch's fan-out in other tests never meets its failing symbol.
        var closed = await PositionOf(scenario).CloseAsync(new CloseCommand
        {
            ClientOrderId = "manual-" + Guid.NewGuid().ToString("N"),
            Reason = ExitReason.Manual,
            ReferencePrice = 100,
        });
        Assert.Equal(PositionCommandOutcome.Filled, closed.Outcome);
        Assert.Equal(BotCommandOutcome.Succeeded, (await Registry.DeleteBotAsync(scenario.BotId)).Outcome);
        Assert.Equal(BotRows.None, await RowsAsync(scenario.BotId));
    }

    /// <summary>A scenario bot that bought 9 shares at 101.0101 (stop 98.989898) and was then stopped.</summary>
    private async Task<TradingScenario> HoldingStoppedBotAsync(string symbol)
    {
        var scenario = await TradingScenario.StartAsync(fixture, TradingScenario.Config(symbol));
        scenario.CloseBar(101);
        Assert.Equal(1, (await scenario.CycleAsync()).OrdersPlaced);
        Assert.Equal(BotCommandOutcome.Succeeded, (await scenario.Bot.StopAsync()).Outcome);
        return scenario;
    }

    private IPositionGrain PositionOf(TradingScenario scenario) =>
        fixture.Grains.GetGrain<IPositionGrain>(PositionKeys.For(scenario.BotId, scenario.Symbol));

    private static BuyCommand Buy(decimal price) => new()
    {
        ClientOrderId = "buy-" + Guid.NewGuid().ToString("N"),
        Quantity = 1,
        StopLossPercent = 2,
        TakeProfitPercent = 4,
        BarTimestamp = ClusterFixture.Clock.GetUtcNow(),
        ReferencePrice = price,
    };

    private async Task<BotRows> RowsAsync(string botId) => new(
        (await Ledger.GetTradesByBotAsync(botId, default)).Count,
        (await Ledger.GetOrdersByBotAsync(botId, default)).Count,
        (await Ledger.GetPositionsByBotAsync(botId, default)).Count,
        (await Ledger.GetEquitySnapshotsAsync(botId, default)).Count,
        (await Ledger.GetAlertsAsync(botId, 100, default)).Count);

    /// <summary>How many ledger rows of each kind a bot has.</summary>
    private sealed record BotRows(int Trades, int Orders, int Positions, int Equity, int Alerts)
    {
        public static BotRows None { get; } = new(0, 0, 0, 0, 0);
    }
}
