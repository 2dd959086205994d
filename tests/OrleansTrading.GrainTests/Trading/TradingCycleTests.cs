using Orleans.Streams;
using Microsoft.Extensions.DependencyInjection;
using OrleansTrading.GrainInterfaces.Alerts;
using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.GrainInterfaces.Positions;
using OrleansTrading.GrainInterfaces.Trades;
using OrleansTrading.Grains.Ledger;

namespace OrleansTrading.GrainTests.Trading;

/// <summary>
/// Bots trading on scripted bars in a real in-process cluster: the clock, the bars and the cycles are driven by the
/// test; only stream delivery (price → position grain, events → recorder) is waited for.
/// Paper broker defaults: 1 bp slippage on market and stop fills, no commission.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class TradingCycleTests(ClusterFixture fixture)
{
    private ITradeLedger Ledger => fixture.Cluster.Primary is Orleans.TestingHost.InProcessSiloHandle silo
        ? silo.ServiceProvider!.GetRequiredService<ITradeLedger>()
        : throw new InvalidOperationException("The fixture runs in-process silos.");

    private IBotRegistryGrain Registry => fixture.Grains.GetGrain<IBotRegistryGrain>(IBotRegistryGrain.Key);

    [Fact]
    public async Task A_bot_buys_exits_at_take_profit_buys_again_and_exits_at_stop_loss()
    {
        var scenario = await TradingScenario.StartAsync(fixture, TradingScenario.Config("TPSL"));
        await using var events = await EventRecorder.StartAsync(fixture.Client, scenario.BotId);

        // Bar 3 closes at 101 > 100: buy floor(10,000 × 10% / 101) = 9 shares at 101 × 1.0001 = 101.0101.
        scenario.CloseBar(101);
        var buy = await scenario.CycleAsync();
        Assert.Equal(1, buy.OrdersPlaced);

        // Bar 4 closes at 106 ≥ take-profit 101.0101 × 1.04 = 105.050504: sold at 106 (a limit gets its price).
        scenario.CloseBar(106);
        await scenario.PublishPriceAsync();
        await Eventually.MatchesAsync(() => Ledger.GetTradesByBotAsync(scenario.BotId, default), t => t.Count == 2, "the take-profit sell");
        // A second later, the same bar is a new buy signal (106 > 101) on a flat book: 9 shares at 106.0106.
        ClusterFixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var rebuy = await scenario.CycleAsync();
        Assert.Equal(1, rebuy.OrdersPlaced);

        // Bar 5 closes at 103 ≤ stop 106.0106 × 0.98 = 103.890388: sold at 103 × 0.9999 = 102.9897.
        scenario.CloseBar(103);
        await scenario.PublishPriceAsync();
        await Eventually.MatchesAsync(() => Ledger.GetTradesByBotAsync(scenario.BotId, default), t => t.Count == 4, "the stop-loss sell");
        // Its sell signal finds nothing left to sell.
        var after = await scenario.CycleAsync();
        Assert.Equal(0, after.OrdersPlaced);
        Assert.Equal(["TPSL:NoPositionToSell"], after.Rejections);

        var trades = await Ledger.GetTradesByBotAsync(scenario.BotId, default);
        Assert.Equal(
            [(TradeSide.Buy, 9, 101.0101m, (decimal?)null), (TradeSide.Sell, 9, 106m, 44.909100m), (TradeSide.Buy, 9, 106.0106m, null), (TradeSide.Sell, 9, 102.9897m, -27.188100m)],
            trades.Select(t => (t.Type, t.Quantity, t.Price, t.ProfitLoss)).ToArray());
        Assert.All(trades, t => Assert.Equal(TradeStatus.Filled, t.Status));
        Assert.Contains("\"decision\":\"buy\"", trades[0].IndicatorsSnapshot);
        // Seed 002's snapshot keys (SMA.value, SMA.period) on entries and, as of the bot's last completed bar, on exits.
        var entry = System.Text.Json.JsonDocument.Parse(trades[0].IndicatorsSnapshot!).RootElement;
        Assert.Equal((100.5, 2), (entry.GetProperty("SMA").GetProperty("value").GetDouble(), entry.GetProperty("SMA").GetProperty("period").GetInt32()));
        var takeProfit = System.Text.Json.JsonDocument.Parse(trades[1].IndicatorsSnapshot!).RootElement;
        Assert.Equal(("take_profit", 100.5), (takeProfit.GetProperty("exit_reason").GetString(), takeProfit.GetProperty("SMA").GetProperty("value").GetDouble()));
        var stopLoss = System.Text.Json.JsonDocument.Parse(trades[3].IndicatorsSnapshot!).RootElement;
        Assert.Equal(("stop_loss", 103.5), (stopLoss.GetProperty("exit_reason").GetString(), stopLoss.GetProperty("SMA").GetProperty("value").GetDouble()));
        Assert.Equal(trades.Select(t => t.OrderId).Distinct().Count(), trades.Count);

        var positions = await Ledger.GetPositionsByBotAsync(scenario.BotId, default);
        Assert.Equal(2, positions.Count);
        Assert.All(positions, p => Assert.False(p.IsOpen));
        Assert.Equal([(101.0101m, 105.050504m, 98.989898m, 44.909100m), (106.0106m, 110.251024m, 103.890388m, -27.188100m)],
            positions.Select(p => (p.EntryPrice, p.TakeProfitPrice!.Value, p.StopLossPrice!.Value, p.RealizedPnl)).ToArray());

        var orders = await Ledger.GetOrdersByBotAsync(scenario.BotId, default);
        Assert.Equal(4, orders.Count);
        Assert.Equal(trades.Select(t => t.OrderId), orders.Select(o => o.ClientOrderId));

        // Events: every trade once, in order; positions opened and closed twice.
        await Eventually.MatchesAsync(() => Task.FromResult(events.Trades.Count), n => n == 4, "four trade_executed events");
        Assert.Equal(trades.Select(t => t.Id), events.Trades.Select(t => t.Id));
        await Eventually.MatchesAsync(() => Task.FromResult(events.Positions.Count(p => !p.IsOpen)), n => n == 2, "both positions' closing updates");
        // Price marks of an open position may add updates in between (throttled to one a second); the transitions are exact.
        var transitions = events.Positions.Select(p => (p.Id, p.IsOpen))
            .Where((p, i) => i == 0 || events.Positions.ElementAt(i - 1) is var before && (before.Id, before.IsOpen) != p)
            .ToArray();
        Assert.Equal([(positions[0].Id, true), (positions[0].Id, false), (positions[1].Id, true), (positions[1].Id, false)], transitions);
        Assert.Equal(positions, events.Positions.Where(p => !p.IsOpen).ToArray());
    }

    [Fact]
    public async Task A_replayed_cycle_places_no_second_order()
    {
        var scenario = await TradingScenario.StartAsync(fixture, TradingScenario.Config("REPLAY"));
        scenario.CloseBar(101);
        Assert.Equal(1, (await scenario.CycleAsync()).OrdersPlaced);

        // The same decision replayed against the position grain (what a crashed, re-run cycle does) changes nothing.
        var position = fixture.Grains.GetGrain<IPositionGrain>(PositionKeys.For(scenario.BotId, scenario.Symbol));
        var first = (await Ledger.GetTradesByBotAsync(scenario.BotId, default)).Single();
        var replay = await position.BuyAsync(new BuyCommand
        {
            ClientOrderId = first.OrderId!,
            Quantity = 9,
            StopLossPercent = 2,
            TakeProfitPercent = 4,
            BarTimestamp = scenario.NextBarOpen.AddMinutes(-1),
            ReferencePrice = 101,
        });

        Assert.Equal(PositionCommandOutcome.AlreadyApplied, replay.Outcome);
        Assert.Equal(first.Id, replay.Trade!.Id);
        Assert.Single(await Ledger.GetTradesByBotAsync(scenario.BotId, default));
        Assert.Single(await Ledger.GetOrdersByBotAsync(scenario.BotId, default));
        Assert.Equal(9, (await position.GetBookAsync()).Open!.Quantity);
    }

    [Fact]
    public async Task The_global_kill_switch_stops_opening_orders_and_flatten_sells()
    {
        var scenario = await TradingScenario.StartAsync(fixture, TradingScenario.Config("KILL"));
        scenario.CloseBar(101);
        Assert.Equal(1, (await scenario.CycleAsync()).OrdersPlaced);
        try
        {
            ClusterFixture.Clock.Advance(TimeSpan.FromSeconds(1));
            await Registry.SetKillSwitchAsync(active: true, flatten: true);

            var trades = await Ledger.GetTradesByBotAsync(scenario.BotId, default);
            Assert.Equal([TradeSide.Buy, TradeSide.Sell], trades.Select(t => t.Type).ToArray());
            Assert.Contains("kill_switch", trades[1].IndicatorsSnapshot);

            scenario.CloseBar(102);
            var refused = await scenario.CycleAsync();
            Assert.Equal(0, refused.OrdersPlaced);
            Assert.Contains("KillSwitchActive", Assert.Single(refused.Rejections));
            Assert.Equal("kill_switch", (await scenario.Bot.GetAsync())!.HaltReason);
            Assert.Contains(await Ledger.GetAlertsAsync(null, 10, default), a => a.Code == "kill_switch_on" && a.Severity == AlertSeverity.Critical);
        }
        finally
        {
            await Registry.SetKillSwitchAsync(active: false, flatten: false);
        }
        scenario.CloseBar(103);
        Assert.Equal(1, (await scenario.CycleAsync()).OrdersPlaced);
    }

    [Fact]
    public async Task A_tripped_daily_loss_limit_stops_new_positions_until_the_next_session_and_raises_an_alert()
    {
        // 0.1% of 10,000 = 10: the stop-loss below loses 27.19.
        var scenario = await TradingScenario.StartAsync(fixture, TradingScenario.Config("DAYLOSS", r => r with { MaxDailyLoss = 0.1m }));
        await LoseOnAStopAsync(scenario);

        scenario.CloseBar(104);
        var refused = await scenario.CycleAsync();

        Assert.Equal(0, refused.OrdersPlaced);
        Assert.Contains("DailyLossLimitReached", Assert.Single(refused.Rejections));
        Assert.Equal("daily_loss_limit", (await scenario.Bot.GetAsync())!.HaltReason);
        var alert = Assert.Single(await Ledger.GetAlertsAsync(scenario.BotId, 10, default));
        Assert.Equal("daily_loss_limit", alert.Code);

        // The next session starts clean: the same rising bar is bought.
        ClusterFixture.Clock.SetUtcNow(Grains.MarketData.Clock.NyseCalendar.NextOpen(ClusterFixture.Clock.GetUtcNow()) + TimeSpan.FromMinutes(5));
        scenario.CloseBar(105);
        var nextSession = await scenario.CycleAsync();
        Assert.Equal((1, 1, 0, (string?)null), (nextSession.NewBars, nextSession.OrdersPlaced, nextSession.Rejections.Count, nextSession.Error));
        Assert.Null((await scenario.Bot.GetAsync())!.HaltReason);
    }

    [Fact]
    public async Task A_tripped_drawdown_limit_stops_new_positions_until_the_bot_is_restarted()
    {
        var scenario = await TradingScenario.StartAsync(fixture, TradingScenario.Config("DRAWDN", r => r with { MaxDrawdown = 0.2m }));
        await LoseOnAStopAsync(scenario);

        scenario.CloseBar(104);
        var refused = await scenario.CycleAsync();

        Assert.Equal(0, refused.OrdersPlaced);
        Assert.Contains("DrawdownLimitTripped", Assert.Single(refused.Rejections));
        Assert.Equal("drawdown_limit", (await scenario.Bot.GetAsync())!.HaltReason);
        Assert.Contains(await Ledger.GetAlertsAsync(scenario.BotId, 10, default), a => a.Code == "drawdown_limit");

        await scenario.Bot.StopAsync();
        await scenario.Bot.StartAsync();
        scenario.CloseBar(105);
        Assert.Equal(1, (await scenario.CycleAsync()).OrdersPlaced);
    }

    [Fact]
    public async Task No_order_outside_the_trading_window()
    {
        // The clock sits just after the 09:30 New York open; this bot trades 14:00–23:59 only.
        var scenario = await TradingScenario.StartAsync(fixture, TradingScenario.Config("WINDOW", startHour: 14));
        var nowNewYork = TimeZoneInfo.ConvertTime(ClusterFixture.Clock.GetUtcNow(), Grains.MarketData.Clock.NyseCalendar.Exchange);
        Assert.True(nowNewYork.Hour < 14);

        scenario.CloseBar(101);
        var refused = await scenario.CycleAsync();

        Assert.Equal(0, refused.OrdersPlaced);
        Assert.Contains("OutsideTradingWindow", Assert.Single(refused.Rejections));
        Assert.Empty(await Ledger.GetOrdersByBotAsync(scenario.BotId, default));
    }

    [Fact]
    public async Task No_order_while_the_market_is_closed()
    {
        var scenario = await TradingScenario.StartAsync(fixture, TradingScenario.Config("CLOSED"));
        var close = Grains.MarketData.Clock.NyseCalendar.NextClose(ClusterFixture.Clock.GetUtcNow());
        ClusterFixture.Clock.SetUtcNow(close + TimeSpan.FromMinutes(1));

        scenario.CloseBar(101);
        var refused = await scenario.CycleAsync();

        Assert.Equal(0, refused.OrdersPlaced);
        Assert.Contains("MarketClosed", Assert.Single(refused.Rejections));
        Assert.False((await fixture.Grains.GetGrain<GrainInterfaces.Market.IMarketClockGrain>(GrainInterfaces.Market.IMarketClockGrain.Key).GetStatusAsync()).IsOpen);
        Assert.Empty(await Ledger.GetOrdersByBotAsync(scenario.BotId, default));
    }

    [Fact]
    public async Task Five_failing_cycles_in_a_row_put_the_bot_in_error_with_an_alert()
    {
        ClusterFixture.EnsureMarketOpen();
        ClusterFixture.Feed.Fail("BROKEN");
        var created = await Registry.CreateBotAsync(TradingScenario.Config("BROKEN"));
        var bot = fixture.Grains.GetGrain<IBotGrain>(created.Bot!.Id);
        await bot.StartAsync();

        for (var cycle = 1; cycle <= 4; cycle++)
        {
            var report = await bot.RunCycleAsync();
            Assert.NotNull(report.Error);
            Assert.Equal(BotStatus.Running, (await bot.GetAsync())!.Status);
            Assert.Equal(cycle, (await bot.GetAsync())!.ErrorCount);
        }
        await bot.RunCycleAsync();

        var failed = (await bot.GetAsync())!;
        Assert.Equal(BotStatus.Error, failed.Status);
        Assert.False(failed.IsActive);
        Assert.Equal(5, failed.ErrorCount);
        var alert = Assert.Single(await Ledger.GetAlertsAsync(failed.Id, 10, default));
        Assert.Equal(("bot_error", AlertSeverity.Critical), (alert.Code, alert.Severity));
        Assert.Contains("Scripted feed failure", alert.Message);
        Assert.False((await bot.RunCycleAsync()).Ran);
    }

    [Fact]
    public async Task A_position_is_reduced_then_closed_with_pnl_realized_on_each_sale()
    {
        var scenario = await TradingScenario.StartAsync(fixture, TradingScenario.Config("REDUCE"));
        scenario.CloseBar(101);
        Assert.Equal(1, (await scenario.CycleAsync()).OrdersPlaced);
        var position = fixture.Grains.GetGrain<IPositionGrain>(PositionKeys.For(scenario.BotId, scenario.Symbol));

        ClusterFixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var reduced = await position.CloseAsync(new CloseCommand { ClientOrderId = "ot-reduce-1", Reason = ExitReason.Manual, ReferencePrice = 102m, Quantity = 4 });
        ClusterFixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var closed = await position.CloseAsync(new CloseCommand { ClientOrderId = "ot-reduce-2", Reason = ExitReason.Manual, ReferencePrice = 100m });

        // 4 × (102 × 0.9999 − 101.0101) = 3.9188; then 5 × (100 × 0.9999 − 101.0101) = −5.1005.
        Assert.Equal((4, 101.9898m, 3.9188m), (reduced.Trade!.Quantity, reduced.Trade.Price, reduced.Trade.ProfitLoss!.Value));
        Assert.Equal((true, 5, 3.9188m), (reduced.Position!.IsOpen, reduced.Position.Quantity, reduced.Position.RealizedPnl));
        Assert.Equal((5, 99.99m, -5.1005m), (closed.Trade!.Quantity, closed.Trade.Price, closed.Trade.ProfitLoss!.Value));
        Assert.Equal((false, -1.1817m), (closed.Position!.IsOpen, closed.Position.RealizedPnl));
        Assert.Equal(closed.Position, await Ledger.GetPositionAsync(closed.Position.Id, default));
        Assert.Equal(PositionCommandOutcome.NotOpen, (await position.CloseAsync(new CloseCommand { ClientOrderId = "ot-reduce-3", Reason = ExitReason.Manual })).Outcome);
    }

    [Fact]
    public async Task The_market_clock_announces_the_close_and_the_next_open()
    {
        ClusterFixture.EnsureMarketOpen();
        var statuses = new System.Collections.Concurrent.ConcurrentQueue<GrainInterfaces.Market.MarketStatus>();
        var stream = fixture.Client.GetStreamProvider(GrainInterfaces.Streams.StreamNames.Provider)
            .GetStream<GrainInterfaces.Market.MarketStatus>(StreamId.Create(GrainInterfaces.Streams.StreamNames.Market, GrainInterfaces.Streams.StreamKeys.All));
        var subscription = await stream.SubscribeAsync((GrainInterfaces.Market.MarketStatus status, StreamSequenceToken? _) =>
        {
            statuses.Enqueue(status);
            return Task.CompletedTask;
        });
        try
        {
            var clock = fixture.Grains.GetGrain<GrainInterfaces.Market.IMarketClockGrain>(GrainInterfaces.Market.IMarketClockGrain.Key);
            Assert.True((await clock.GetStatusAsync()).IsOpen);
            var close = Grains.MarketData.Clock.NyseCalendar.NextClose(ClusterFixture.Clock.GetUtcNow());
            var nextOpen = Grains.MarketData.Clock.NyseCalendar.NextOpen(close);

            ClusterFixture.Clock.SetUtcNow(close.AddSeconds(1));

            // The clock grain checks every 5 seconds of real time.
            var closed = await Eventually.MatchesAsync(() => Task.FromResult(statuses.LastOrDefault()), s => s is { IsOpen: false }, "market_status_changed (closed)", TimeSpan.FromSeconds(15));
            Assert.Equal((nextOpen, (DateTimeOffset?)null, (string?)null), (closed!.NextOpen!.Value, closed.NextClose, closed.TimeUntilClose));

            ClusterFixture.Clock.SetUtcNow(nextOpen.AddMinutes(1));
            var opened = await Eventually.MatchesAsync(() => Task.FromResult(statuses.LastOrDefault()), s => s is { IsOpen: true }, "market_status_changed (open)", TimeSpan.FromSeconds(15));
            Assert.Null(opened!.NextOpen);
            Assert.Equal(Grains.MarketData.Clock.NyseCalendar.NextClose(nextOpen), opened.NextClose);
            Assert.Equal((Grains.MarketData.Clock.NyseCalendar.NextClose(nextOpen) - nextOpen.AddMinutes(1)).ToString("c", System.Globalization.CultureInfo.InvariantCulture), opened.TimeUntilClose);
        }
        finally
        {
            await subscription.UnsubscribeAsync();
        }
    }

    /// <summary>Buys 9 at 106.0106 on a bar closing at 106, then stops out at 102.9897 on one closing at 103: a loss of 27.1881.</summary>
    private async Task LoseOnAStopAsync(TradingScenario scenario)
    {
        scenario.CloseBar(106);
        Assert.Equal(1, (await scenario.CycleAsync()).OrdersPlaced);
        scenario.CloseBar(103);
        await scenario.PublishPriceAsync();
        var trades = await Eventually.MatchesAsync(() => Ledger.GetTradesByBotAsync(scenario.BotId, default), t => t.Count == 2, "the stop-loss sell");
        Assert.True(trades[1].ProfitLoss < 0);
    }
}
