using OrleansTrading.Grains.Backtesting;
using OrleansTrading.Grains.Execution;
using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Backtesting;

public sealed class BacktestEngineTests
{
    private static readonly BacktestSettings Costs = new() { Capital = 10_000m, Commission = 1m, CommissionPerShare = 0.01m, SlippageBps = 10m };

    private static BacktestResult Run(Bar[] bars, BacktestSettings? settings = null, decimal positionSize = 50) =>
        BacktestEngine.Run(BacktestConfigs.Sma(positionSize: positionSize), [new SymbolBars("TEST", "test", bars)], settings ?? Costs);

    [Fact]
    public void Fill_at_close_trades_the_signal_bars_close_and_checks_exits_from_the_next_bar()
    {
        // Golden bars: the buy at bar 3's close fills at 103 × 1.001 = 103.103 (48 shares), not at bar 4's open.
        var result = Run(DailyBars.From(BacktestGoldenTests.Ohlc), Costs with { Fill = FillModel.Close });

        var first = result.Trades[0];
        Assert.Equal(DailyBars.Start.AddDays(3), first.EntryTime);
        Assert.Equal(103.103m, first.EntryPrice);
        Assert.Equal(48, first.Quantity);
        // The sell signal at bar 5's close fills at 102 × 0.999 = 101.898 on bar 5 itself.
        Assert.Equal(DailyBars.Start.AddDays(5), first.ExitTime);
        Assert.Equal(101.898m, first.ExitPrice);
        Assert.Equal(ExitReason.Signal, first.ExitReason);
    }

    [Fact]
    public void Fill_at_close_does_not_check_the_fill_bars_range()
    {
        // Buy at bar 3's close (100 × 1.001); bar 3's low of 50 happened before the fill, so no stop-loss on bar 3.
        var bars = DailyBars.From((100, 100, 100, 100), (100, 100, 100, 100), (100, 100, 100, 100), (100, 101, 50, 101), (101, 101, 101, 101), (101, 101, 101, 101));

        var result = Run(bars, Costs with { Fill = FillModel.Close });

        Assert.Equal(ExitReason.EndOfData, Assert.Single(result.Trades).ExitReason);
    }

    [Fact]
    public void The_stop_wins_when_a_bar_touches_both_levels()
    {
        // Entry at bar 4's open: 100 × 1.001 = 100.1, stop 95.095, target 110.11. Bar 4 spans 90–120: both touched.
        var bars = DailyBars.From((100, 100, 100, 100), (100, 100, 100, 100), (100, 100, 100, 100), (100, 101, 100, 101), (100, 120, 90, 100), (100, 100, 100, 100));

        var trade = Assert.Single(Run(bars).Trades);

        Assert.Equal(ExitReason.StopLoss, trade.ExitReason);
        Assert.Equal(95.095m * 0.999m, trade.ExitPrice);
        Assert.Equal(DailyBars.Start.AddDays(4), trade.ExitTime);
    }

    [Fact]
    public void A_target_touched_intrabar_exits_at_the_target_without_slippage()
    {
        var bars = DailyBars.From((100, 100, 100, 100), (100, 100, 100, 100), (100, 100, 100, 100), (100, 101, 100, 101), (100, 111, 99, 105), (105, 105, 105, 105));

        var trade = Run(bars).Trades[0];

        Assert.Equal(ExitReason.TakeProfit, trade.ExitReason);
        Assert.Equal(110.11m, trade.ExitPrice);
    }

    [Fact]
    public void A_buy_signal_while_holding_adds_nothing()
    {
        // Rising closes keep voting buy for 20 bars: one entry, closed at the end of the data.
        var bars = DailyBars.From(Enumerable.Range(0, 20).Select(i => (100.0 + i * 0.1, 100.0 + i * 0.1 + 0.05, 100.0 + i * 0.1 - 0.05, 100.0 + i * 0.1 + 0.05)).ToArray());

        var result = Run(bars);

        Assert.Equal(2, result.Orders.Count);
        Assert.Equal(ExitReason.EndOfData, Assert.Single(result.Trades).ExitReason);
    }

    [Fact]
    public void A_fill_shrinks_to_the_cash_and_a_fill_cash_cannot_pay_is_rejected()
    {
        // 100 % sizing: floor(10,000 / 103) = 97 shares ordered; at 104.104 they cost 10,099.058 with commission, so the
        // fill shrinks to floor((10,000 − 1) / (104.104 + 0.01)) = 96 shares (9,995.944 with commission).
        var result = BacktestEngine.Run(BacktestConfigs.Sma(positionSize: 100, symbols: ["AAA", "BBB"]),
            [new SymbolBars("BBB", "b", DailyBars.From(BacktestGoldenTests.Ohlc)), new SymbolBars("AAA", "a", DailyBars.From(BacktestGoldenTests.Ohlc))], Costs);

        // AAA comes first at equal timestamps (ordinal order, whatever the input order) and takes the cash; BBB's
        // fill finds 4.056 left, not one share: rejected.
        var aaa = result.Orders[0];
        Assert.Equal("AAA", aaa.Symbol);
        Assert.Equal(97, aaa.Quantity);
        Assert.Equal(96, aaa.FilledQuantity);
        var bbb = result.Orders[1];
        Assert.Equal("BBB", bbb.Symbol);
        Assert.Equal(BacktestOrderStatus.Rejected, bbb.Status);
        Assert.Equal("insufficient_cash", bbb.RejectReason);
        // The rejected order has no fill: the fills are exactly the filled orders', in order, each with its order's id.
        Assert.DoesNotContain(result.Fills, f => f.ClientOrderId == bbb.ClientOrderId);
        Assert.Equal(
            result.Orders.Where(o => o.Status == BacktestOrderStatus.Filled).Select(o => (o.ClientOrderId, o.Side, o.FilledQuantity)),
            result.Fills.Select(f => (f.ClientOrderId, f.Side, f.Quantity)));
        // Bar 4's close: 4.056 cash + 96 × 104.5.
        Assert.Equal(4.056 + 96 * 104.5, result.Equity[4].Equity, 9);
    }

    [Fact]
    public void Symbols_share_one_cash_account()
    {
        // 60 % sizing: AAA buys floor(6,000 / 103) = 58 at 104.104 (6,039.612 with commission), leaving 3,960.388;
        // BBB's 58 would cost the same, so it shrinks to floor((3,960.388 − 1) / 104.114) = 38 (3,957.332): 3.056 left.
        var result = BacktestEngine.Run(BacktestConfigs.Sma(positionSize: 60, symbols: ["AAA", "BBB"]),
            [new SymbolBars("AAA", "a", DailyBars.From(BacktestGoldenTests.Ohlc)), new SymbolBars("BBB", "b", DailyBars.From(BacktestGoldenTests.Ohlc))], Costs);

        Assert.Equal(58, result.Fills[0].Quantity);
        Assert.Equal("BBB", result.Fills[1].Symbol);
        Assert.Equal(38, result.Fills[1].Quantity);
        Assert.Equal(3.056 + 58 * 104.5 + 38 * 104.5, result.Equity[4].Equity, 9);
        Assert.Equal(24, result.Equity.Count);
        Assert.Equal(result.Trades.Sum(t => t.Pnl) + 10_000m, result.FinalEquity);
    }

    [Fact]
    public void Symbols_with_different_calendars_are_merged_in_time_order()
    {
        var a = DailyBars.RandomWalk(50, seed: 1);
        var b = DailyBars.RandomWalk(50, seed: 2, start: DailyBars.Start.AddDays(10));

        var result = BacktestEngine.Run(BacktestConfigs.Sma(symbols: ["AAA", "BBB"]), [new SymbolBars("AAA", "a", a), new SymbolBars("BBB", "b", b)], Costs);

        Assert.Equal(60, result.Equity.Count);
        Assert.True(result.Equity.Zip(result.Equity.Skip(1)).All(p => p.First.Timestamp < p.Second.Timestamp));
        Assert.True(result.Fills.Zip(result.Fills.Skip(1)).All(p => p.First.Timestamp <= p.Second.Timestamp));
        Assert.Equal(result.Trades.Sum(t => t.Pnl) + 10_000m, result.FinalEquity);
    }

    [Fact]
    public void Changing_any_bar_after_t_changes_no_decision_at_or_before_t()
    {
        var config = BacktestConfigs.RsiMacdSma();
        var bars = DailyBars.RandomWalk(400, seed: 5);
        var baseline = BacktestEngine.Run(config, [new SymbolBars("TEST", "t", bars)], Costs);
        Assert.True(baseline.Trades.Count >= 5, "the walk should trade");

        foreach (var t in new[] { 60, 150, 251, 398 })
        {
            var changed = (Bar[])bars.Clone();
            var random = new Random(t);
            for (var i = t + 1; i < changed.Length; i++)
            {
                var f = 0.8 + random.NextDouble() * 0.4;
                var b = changed[i];
                changed[i] = b with { Open = b.Open * f, High = b.High * f * 1.01, Low = b.Low * f * 0.99, Close = b.Close * f };
            }
            var run = BacktestEngine.Run(config, [new SymbolBars("TEST", "t", changed)], Costs);
            var cut = bars[t].Timestamp;

            Assert.Equal(Decided(baseline, cut), Decided(run, cut));
            Assert.Equal(baseline.Fills.Where(f => f.Timestamp <= cut), run.Fills.Where(f => f.Timestamp <= cut));
            Assert.Equal(baseline.Equity.Take(t + 1), run.Equity.Take(t + 1));
        }

        static string[] Decided(BacktestResult result, DateTimeOffset cut) => result.Orders
            .Where(o => o.Type == OrderType.Market && o.CreatedAt <= cut)
            .Select(o => $"{o.ClientOrderId} {o.Side} {o.Quantity}")
            .ToArray();
    }

    [Fact]
    public void Runs_are_deterministic()
    {
        var data = new[] { new SymbolBars("AAA", "a", DailyBars.RandomWalk(500, seed: 9)), new SymbolBars("BBB", "b", DailyBars.RandomWalk(500, seed: 10)) };
        var config = BacktestConfigs.RsiMacdSma("AAA", "BBB");

        var first = BacktestEngine.Run(config, data, Costs);
        var second = BacktestEngine.Run(config, data, Costs);

        Assert.Equal(first.Trades, second.Trades);
        Assert.Equal(first.Fills, second.Fills);
        Assert.Equal(first.Equity, second.Equity);
        Assert.Equal(first.Metrics, second.Metrics);
    }

    [Fact]
    public void Intraday_bars_only_enter_inside_the_trading_window_and_market_hours()
    {
        // Minute bars around the clock; the window is 10:00–11:00 New York.
        var bars = DailyBars.RandomWalk(3 * 24 * 60, seed: 3, start: new DateTimeOffset(2024, 3, 4, 0, 0, 0, TimeSpan.Zero), spacing: TimeSpan.FromMinutes(1));
        var config = BacktestConfigs.Sma(period: 5) with { StartHour = 10, StartMinute = 0, EndHour = 11, EndMinute = 0 };

        var result = BacktestEngine.Run(config, [new SymbolBars("TEST", "t", bars)], Costs);

        var buys = result.Orders.Where(o => o.Side == OrderSide.Buy).ToArray();
        Assert.NotEmpty(buys);
        Assert.All(buys, o => Assert.InRange(TimeZoneInfo.ConvertTime(o.CreatedAt, Grains.Risk.TradingWindow.Exchange).TimeOfDay,
            TimeSpan.FromHours(10), TimeSpan.FromHours(11)));
        Assert.True(result.RiskRejections["outside_trading_window"] > 0);
        Assert.True(result.RiskRejections["market_closed"] > 0);
        Assert.Equal(98_280, result.Interval.PeriodsPerYear, 6);
    }

    [Fact]
    public void Daily_bars_ignore_the_trading_window()
    {
        var config = BacktestConfigs.Sma() with { StartHour = 3, StartMinute = 0, EndHour = 3, EndMinute = 1 };

        var result = BacktestEngine.Run(config, [new SymbolBars("TEST", "t", DailyBars.From(BacktestGoldenTests.Ohlc))], Costs);

        Assert.Equal(6, result.Trades.Count);
        Assert.Empty(result.RiskRejections);
    }

    [Fact]
    public void Bars_before_the_start_only_warm_the_indicators_up()
    {
        var bars = DailyBars.RandomWalk(200, seed: 4);
        var start = bars[100].Timestamp;

        var result = BacktestEngine.Run(BacktestConfigs.RsiMacdSma(), [new SymbolBars("TEST", "t", bars)], Costs with { Start = start, End = bars[179].Timestamp });

        Assert.Equal(80, result.Equity.Count);
        Assert.Equal(start, result.Equity[0].Timestamp);
        Assert.All(result.Fills, f => Assert.InRange(f.Timestamp, start, bars[179].Timestamp));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    public void The_drawdown_halt_starts_on_the_bar_after_the_curve_first_falls_that_far_below_its_peak(double maxDrawdown)
    {
        var bars = DailyBars.RandomWalk(3_000, seed: 31);
        var config = BacktestConfigs.RsiMacdSma() with
        {
            RiskManagement = BacktestConfigs.RsiMacdSma().RiskManagement with { MaxDrawdown = (decimal)maxDrawdown, MaxDailyLoss = 100 },
        };
        var result = BacktestEngine.Run(config, [new SymbolBars("TEST", "t", bars)], Costs);

        // The guard as a live bot would feed it: the capital, then every equity point.
        var guard = new Grains.Risk.DrawdownGuard((decimal)maxDrawdown);
        guard.Update(Costs.Capital);
        var tripped = -1;
        for (var i = 0; i < result.Equity.Count && tripped < 0; i++)
        {
            if (guard.Update((decimal)result.Equity[i].Equity))
            {
                tripped = i;
            }
        }
        Assert.True(tripped > 0, "the walk falls far enough to trip the guard");
        var tripTime = result.Equity[tripped].Timestamp;
        var buys = result.Orders.Where(o => o.Side == OrderSide.Buy).ToArray();
        // Entries until the trip and none decided after it; buy signals after it are counted as rejections.
        Assert.Contains(buys, o => o.CreatedAt <= tripTime);
        Assert.All(buys, o => Assert.True(o.CreatedAt <= tripTime, $"a buy decided at {o.CreatedAt}, after the trip at {tripTime}"));
        Assert.True(result.RiskRejections.GetValueOrDefault("drawdown_limit_tripped") > 0);
    }

    [Fact]
    public void A_drawdown_limit_that_is_never_reached_changes_nothing()
    {
        var bars = DailyBars.RandomWalk(3_000, seed: 31);
        var plain = BacktestConfigs.RsiMacdSma() with { RiskManagement = BacktestConfigs.RsiMacdSma().RiskManagement with { MaxDailyLoss = 100 } };
        var guarded = plain with { RiskManagement = plain.RiskManagement with { MaxDrawdown = 99 } };

        var expected = BacktestEngine.Run(plain, [new SymbolBars("TEST", "t", bars)], Costs);
        var actual = BacktestEngine.Run(guarded, [new SymbolBars("TEST", "t", bars)], Costs);

        Assert.NotEmpty(expected.Trades);
        Assert.Equal(expected.Trades, actual.Trades);
        Assert.Equal(expected.FinalEquity, actual.FinalEquity);
    }

    [Fact]
    public void Bars_without_a_decision_allocate_nothing_beyond_the_equity_curve()
    {
        // RSI never goes below 0 or above 100: the bot never signals, so every bar takes the plain path.
        var quiet = BacktestConfigs.Sma() with
        {
            Indicators = new Dictionary<string, IReadOnlyDictionary<string, double>>
            {
                ["RSI"] = new Dictionary<string, double> { ["period"] = 14, ["oversold"] = 0, ["overbought"] = 100 },
            },
        };
        var bars = DailyBars.RandomWalk(60_000, seed: 12);
        long Allocated(int count)
        {
            var data = new[] { new SymbolBars("TEST", "t", bars[..count]) };
            BacktestEngine.Run(quiet, data, Costs);
            // Least of three runs: a runtime one-off (tiered JIT) lands in one run at most.
            var least = long.MaxValue;
            for (var run = 0; run < 3; run++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                BacktestEngine.Run(quiet, data, Costs);
                least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
            }
            return least;
        }

        var extra = Allocated(60_000) - Allocated(20_000);

        // 40,000 more bars cost exactly their equity points (16 bytes each), give or take array headers.
        Assert.InRange(extra, 40_000 * 16, 40_000 * 16 + 1_024);
    }
}
