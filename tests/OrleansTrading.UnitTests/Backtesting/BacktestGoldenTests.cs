using OrleansTrading.Grains.Backtesting;
using OrleansTrading.Grains.Execution;

namespace OrleansTrading.UnitTests.Backtesting;

/// <summary>
/// 24 daily bars and an SMA(3) bot, every trade worked out by hand below. Settings: capital 10,000, buys sized
/// floor(10,000 × 50 % / close), stop 5 %, target 10 %, commission 1 + 0.01 per share, slippage 10 bps (buys × 1.001,
/// sells × 0.999), default fill at the next open. The SMA votes buy when close &gt; SMA(3) and sell when below.
/// </summary>
public sealed class BacktestGoldenTests
{
    private static readonly BacktestSettings Settings = new() { Capital = 10_000m, Commission = 1m, CommissionPerShare = 0.01m, SlippageBps = 10m };

    internal static readonly (double O, double H, double L, double C)[] Ohlc =
    [
        (100, 100.5, 99.5, 100),   // 0  SMA not ready
        (100, 100.5, 99.5, 100),   // 1  SMA not ready
        (100, 100.5, 99.5, 100),   // 2  SMA 100, close 100: hold
        (100, 103.5, 99.5, 103),   // 3  SMA (100+100+103)/3 = 101 < 103: BUY floor(5000/103) = 48
        (104, 105, 103, 104.5),    // 4  T1 entry at open: 104 × 1.001 = 104.104; stop 98.8988, target 114.5144; SMA 102.5: buy ignored (holding)
        (104.5, 106, 102, 102),    // 5  SMA (103+104.5+102)/3 = 103.17 > 102: SELL 48
        (101, 101.5, 100, 100.5),  // 6  T1 exit at open: 101 × 0.999 = 100.899; SMA 102.33: sell, flat: nothing
        (100.5, 101, 99.5, 100),   // 7  SMA 100.83: sell, flat
        (100, 103, 100, 102.5),    // 8  SMA (100.5+100+102.5)/3 = 101 < 102.5: BUY floor(5000/102.5) = 48
        (103, 105, 102.5, 104),    // 9  T2 entry: 103 × 1.001 = 103.103; stop 97.94785, target 113.4133; range inside both
        (108, 114, 107, 112),      // 10 high 114 ≥ 113.4133: T2 take-profit at 113.4133 (a limit: no slippage);
                                   //    then SMA (102.5+104+112)/3 = 106.17 < 112: BUY floor(5000/112) = 44 (re-entry on the exit bar)
        (111, 112, 104, 106),      // 11 T3 entry: 111 × 1.001 = 111.111; stop 105.55545; low 104 ≤ stop on the fill bar:
                                   //    stop-loss at 105.55545 × 0.999 = 105.44989455; SMA 107.33: sell, flat
        (106, 107, 105, 105),      // 12 SMA 107.67: sell, flat
        (105, 106, 104, 104),      // 13 SMA 105: sell, flat
        (104, 108, 104, 107),      // 14 SMA (105+104+107)/3 = 105.33 < 107: BUY floor(5000/107) = 46
        (107, 108, 106, 107.5),    // 15 T4 entry: 107 × 1.001 = 107.107; stop 101.75165, target 117.8177
        (100, 101, 98, 99),        // 16 opens at 100 ≤ stop: T4 exits at the open with slippage, 100 × 0.999 = 99.9; SMA 104.5: sell, flat
        (99, 100, 98, 99.5),       // 17 SMA 102: sell, flat
        (100, 102, 99.5, 101.5),   // 18 SMA (99+99.5+101.5)/3 = 100 < 101.5: BUY floor(5000/101.5) = 49
        (101, 103, 100.5, 102.5),  // 19 T5 entry: 101 × 1.001 = 101.101; stop 96.04595, target 111.2111
        (112, 113, 111, 112.5),    // 20 opens at 112 ≥ target: T5 exits at the open, 112, no slippage;
                                   //    SMA (101.5+102.5+112.5)/3 = 105.5 < 112.5: BUY floor(5000/112.5) = 44
        (112, 113, 111, 113),      // 21 T6 entry: 112 × 1.001 = 112.112; stop 106.5064, target 123.3232
        (113, 114, 112, 114),      // 22 SMA 113.17: buy ignored (holding)
        (114, 114.5, 108, 109),    // 23 last bar: SMA 112 > 109 is a SELL, but a last-bar signal makes no order;
                                   //    T6 closes at the close with sell slippage: 109 × 0.999 = 108.891, exit_reason end_of_data
    ];

    private static BacktestResult Run() => BacktestEngine.Run(BacktestConfigs.Sma(), [new SymbolBars("TEST", "test", DailyBars.From(Ohlc))], Settings);

    [Fact]
    public void Every_trade_matches_the_hand_computation()
    {
        var result = Run();

        // Commission per fill: 1 + 0.01 × quantity (48 → 1.48, 44 → 1.44, 46 → 1.46, 49 → 1.49); a trade pays two.
        // pnl = (exit − entry) × quantity − both commissions.
        var expected = new (int EntryBar, decimal Entry, int ExitBar, decimal Exit, int Quantity, decimal Commission, decimal Pnl, ExitReason Reason)[]
        {
            // (100.899 − 104.104) × 48 = −153.84; − 2.96 = −156.80
            (4, 104.104m, 6, 100.899m, 48, 2.96m, -156.80m, ExitReason.Signal),
            // (113.4133 − 103.103) × 48 = 494.8944; − 2.96 = 491.9344
            (9, 103.103m, 10, 113.4133m, 48, 2.96m, 491.9344m, ExitReason.TakeProfit),
            // (105.44989455 − 111.111) × 44 = −249.0886398; − 2.88 = −251.9686398
            (11, 111.111m, 11, 105.44989455m, 44, 2.88m, -251.9686398m, ExitReason.StopLoss),
            // (99.9 − 107.107) × 46 = −331.522; − 2.92 = −334.442
            (15, 107.107m, 16, 99.9m, 46, 2.92m, -334.442m, ExitReason.StopLoss),
            // (112 − 101.101) × 49 = 534.051; − 2.98 = 531.071
            (19, 101.101m, 20, 112m, 49, 2.98m, 531.071m, ExitReason.TakeProfit),
            // (108.891 − 112.112) × 44 = −141.724; − 2.88 = −144.604
            (21, 112.112m, 23, 108.891m, 44, 2.88m, -144.604m, ExitReason.EndOfData),
        };
        Assert.Equal(expected.Length, result.Trades.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var (entryBar, entry, exitBar, exit, quantity, commission, pnl, reason) = expected[i];
            var trade = result.Trades[i];
            Assert.Equal("TEST", trade.Symbol);
            Assert.Equal(DailyBars.Start.AddDays(entryBar), trade.EntryTime);
            Assert.Equal(entry, trade.EntryPrice);
            Assert.Equal(DailyBars.Start.AddDays(exitBar), trade.ExitTime);
            Assert.Equal(exit, trade.ExitPrice);
            Assert.Equal(quantity, trade.Quantity);
            Assert.Equal(commission, trade.Commission);
            Assert.Equal(pnl, trade.Pnl);
            Assert.Equal(reason, trade.ExitReason);
        }
    }

    [Fact]
    public void Cash_and_final_equity_match_the_hand_computation()
    {
        var result = Run();

        // Cash after each fill:
        //   T1 buy  10,000 − (48 × 104.104 + 1.48 = 4,998.472)             = 5,001.528
        //   T1 sell 5,001.528 + (48 × 100.899 − 1.48 = 4,841.672)          = 9,843.2
        //   T2 buy  9,843.2 − (48 × 103.103 + 1.48 = 4,950.424)            = 4,892.776
        //   T2 sell 4,892.776 + (48 × 113.4133 − 1.48 = 5,442.3584)        = 10,335.1344
        //   T3 buy  10,335.1344 − (44 × 111.111 + 1.44 = 4,890.324)        = 5,444.8104
        //   T3 sell 5,444.8104 + (44 × 105.44989455 − 1.44 = 4,638.3553602) = 10,083.1657602
        //   T4 buy  10,083.1657602 − (46 × 107.107 + 1.46 = 4,928.382)     = 5,154.7837602
        //   T4 sell 5,154.7837602 + (46 × 99.9 − 1.46 = 4,593.94)          = 9,748.7237602
        //   T5 buy  9,748.7237602 − (49 × 101.101 + 1.49 = 4,955.439)      = 4,793.2847602
        //   T5 sell 4,793.2847602 + (49 × 112 − 1.49 = 5,486.51)           = 10,279.7947602
        //   T6 buy  10,279.7947602 − (44 × 112.112 + 1.44 = 4,934.368)     = 5,345.4267602
        //   T6 sell 5,345.4267602 + (44 × 108.891 − 1.44 = 4,789.764)      = 10,135.1907602
        // = 10,000 + Σ pnl (−156.8 + 491.9344 − 251.9686398 − 334.442 + 531.071 − 144.604 = 135.1907602).
        Assert.Equal(10_135.1907602m, result.FinalEquity);
        Assert.Equal(10_135.1907602m, result.Metrics.FinalEquity);
        Assert.Equal(24, result.Equity.Count);
        Assert.Equal(10_135.1907602, result.Equity[^1].Equity, 9);
        // Bar 4's close: cash 5,001.528 + 48 × 104.5 = 10,017.528.
        Assert.Equal(10_017.528, result.Equity[4].Equity, 9);
        // Bars 0–3 hold no position: equity = capital.
        Assert.All(result.Equity.Take(4), p => Assert.Equal(10_000, p.Equity));
        Assert.Equal(12, result.Fills.Count);
        Assert.Equal(12, result.Orders.Count);
        Assert.All(result.Orders, o => Assert.Equal(BacktestOrderStatus.Filled, o.Status));
        // Ids name the symbol, the bar the order was decided (market) or filled (stop, target) on, and its purpose.
        Assert.Equal(["TEST-20240104T000000Z-buy", "TEST-20240106T000000Z-sell", "TEST-20240109T000000Z-buy", "TEST-20240111T000000Z-target",
            "TEST-20240111T000000Z-buy", "TEST-20240112T000000Z-stop"], result.Orders.Take(6).Select(o => o.ClientOrderId));
        // Stop exits are stop orders, target exits limit orders, the rest market orders.
        Assert.Equal(
            [OrderType.Market, OrderType.Market, OrderType.Market, OrderType.Limit, OrderType.Market, OrderType.Stop,
             OrderType.Market, OrderType.Stop, OrderType.Market, OrderType.Limit, OrderType.Market, OrderType.Market],
            result.Orders.Select(o => o.Type));
    }

    [Fact]
    public void Trade_metrics_match_the_hand_computation()
    {
        var metrics = Run().Metrics;

        Assert.Equal(6, metrics.TotalTrades);
        Assert.Equal(2, metrics.WinningTrades);
        Assert.Equal(4, metrics.LosingTrades);
        Assert.Equal(2.0 / 6, metrics.WinRate, 12);
        // Total return 135.1907602 / 10,000.
        Assert.Equal(0.01351907602, metrics.TotalReturn, 12);
        // Gross profit 491.9344 + 531.071 = 1,023.0054; gross loss 156.8 + 251.9686398 + 334.442 + 144.604 = 887.8146398.
        Assert.Equal(1_023.0054 / 887.8146398, metrics.ProfitFactor, 12);
        Assert.Equal(1_023.0054 / 2, metrics.AvgWin, 9);
        Assert.Equal(-887.8146398 / 4, metrics.AvgLoss, 9);
        Assert.Equal(531.071, metrics.BestTrade, 9);
        Assert.Equal(-334.442, metrics.WorstTrade, 9);
        // Held at the close of bars 4, 5, 9, 15, 19, 21, 22 (exits at an open, intrabar or at the last close are flat at the close): 7 of 24.
        Assert.Equal(7.0 / 24, metrics.Exposure, 12);
    }
}
