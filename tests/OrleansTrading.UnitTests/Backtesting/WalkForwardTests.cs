using OrleansTrading.Grains.Backtesting;
using OrleansTrading.Grains.Backtesting.WalkForward;

namespace OrleansTrading.UnitTests.Backtesting;

public sealed class WalkForwardTests
{
    private static readonly BacktestSettings Costs = new() { Capital = 10_000m, Commission = 1m, SlippageBps = 5m };

    private static DateTimeOffset[] Timeline(int count) => Enumerable.Range(0, count).Select(i => DailyBars.Start.AddDays(i)).ToArray();

    private static (int, int, int, int)[] Spans(IReadOnlyList<WalkForwardWindow> windows) =>
        windows.Select(w => (w.InSampleFrom, w.InSampleTo, w.OutOfSampleFrom, w.OutOfSampleTo)).ToArray();

    [Fact]
    public void Rolling_bar_windows_slide_by_the_step_and_the_last_is_cut_by_the_data()
    {
        // 100 bars, IS 40, OOS 25, step = OOS: tests start at 40, 65, 90; the last has only 10 bars left.
        var windows = WalkForwardWindowPlanner.Plan(Timeline(100), new WalkForwardSettings { InSample = 40, OutOfSample = 25 });

        Assert.Equal([(0, 40, 40, 65), (25, 65, 65, 90), (50, 90, 90, 100)], Spans(windows));
        Assert.Equal(DailyBars.Start.AddDays(65), windows[1].OutOfSampleStart);
        Assert.Equal(DailyBars.Start.AddDays(89), windows[1].OutOfSampleEnd);
    }

    [Fact]
    public void Anchored_windows_always_start_at_the_first_bar()
    {
        var windows = WalkForwardWindowPlanner.Plan(Timeline(100), new WalkForwardSettings { InSample = 40, OutOfSample = 30, Window = WindowKind.Anchored });

        Assert.Equal([(0, 40, 40, 70), (0, 70, 70, 100)], Spans(windows));
    }

    [Fact]
    public void A_step_shorter_than_the_test_window_never_counts_a_bar_twice()
    {
        // Tests would be [50,80), [60,90), [70,100), [80,100), [90,100): each is cut where the next starts.
        var windows = WalkForwardWindowPlanner.Plan(Timeline(100), new WalkForwardSettings { InSample = 50, OutOfSample = 30, Step = 10 });

        Assert.Equal([50, 60, 70, 80, 90], windows.Select(w => w.OutOfSampleFrom));
        Assert.Equal([60, 70, 80, 90, 100], windows.Select(w => w.OutOfSampleTo));
        Assert.Equal([0, 10, 20, 30, 40], windows.Select(w => w.InSampleFrom));
    }

    [Fact]
    public void A_step_longer_than_the_test_window_leaves_untested_bars()
    {
        var windows = WalkForwardWindowPlanner.Plan(Timeline(100), new WalkForwardSettings { InSample = 20, OutOfSample = 10, Step = 30 });

        Assert.Equal([(0, 20, 20, 30), (30, 50, 50, 60), (60, 80, 80, 90)], Spans(windows));
    }

    [Fact]
    public void Day_windows_count_calendar_days_and_take_the_bars_inside()
    {
        // Weekday bars only: 2024-01-01 is a Monday. IS 14 days, OOS 7 days.
        var weekdays = Enumerable.Range(0, 42).Select(i => DailyBars.Start.AddDays(i)).Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToArray();

        var windows = WalkForwardWindowPlanner.Plan(weekdays, new WalkForwardSettings { InSample = 14, OutOfSample = 7, Unit = WindowUnit.Days });

        // Tests start on days 14, 21, 28, 35 (Mondays): 10 weekdays in sample, 5 out, each.
        Assert.Equal(4, windows.Count);
        Assert.All(windows, w => Assert.Equal((10, 5), (w.InSampleTo - w.InSampleFrom, w.OutOfSampleTo - w.OutOfSampleFrom)));
        Assert.Equal(DailyBars.Start.AddDays(14), windows[0].OutOfSampleStart);
        Assert.Equal(DailyBars.Start.AddDays(18), windows[0].OutOfSampleEnd);
        Assert.Equal(DailyBars.Start.AddDays(35), windows[^1].OutOfSampleStart);
    }

    [Fact]
    public void Too_little_data_for_one_window_is_an_input_error()
    {
        var error = Assert.Throws<BacktestInputException>(() => WalkForwardEngine.Run(BacktestConfigs.Sma(), [new SymbolBars("TEST", "t", DailyBars.RandomWalk(50, 1))],
            Costs, new WalkForwardSettings { InSample = 50, OutOfSample = 10 }));

        Assert.Contains("No walk-forward window fits 50 bars", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RSI.period", "must be path=")]
    [InlineData("RSI.period=7,x", "'x' is not a number")]
    [InlineData("RSI.period=7,7", "repeats a value")]
    [InlineData("RSX.period=7", "'RSX' is not an indicator")]
    [InlineData("RSI.length=7", "RSI has no parameter 'length'")]
    [InlineData("risk_management.leverage=2", "not a risk field")]
    public void Grid_axes_are_parsed_strictly(string text, string message)
    {
        var error = Assert.Throws<BacktestInputException>(() => ParameterAxis.Parse(text));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Grid_axes_set_indicator_parameters_and_risk_fields()
    {
        var config = BacktestConfigs.RsiMacdSma();

        var changed = ParameterAxis.Parse("risk_management.stop_loss=1.5").Apply(ParameterAxis.Parse("RSI.period=7").Apply(config, 7m), 1.5m);

        Assert.Equal(7, changed.Indicators["RSI"]["period"]);
        Assert.Equal(30, changed.Indicators["RSI"]["oversold"]);
        Assert.Equal(14, config.Indicators["RSI"]["period"]);
        Assert.Equal(1.5m, changed.RiskManagement.StopLoss);
        Assert.Throws<BacktestInputException>(() => ParameterAxis.Parse("EMA.period=5").Apply(config, 5m));
    }

    [Fact]
    public void The_best_set_has_the_highest_objective_ties_go_to_the_earlier_and_nan_ranks_last()
    {
        (double, int)[] scores = [(double.NaN, 5), (0.5, 5), (0.9, 1), (0.5, 7), (0.7, 3)];

        Assert.Equal(4, WalkForwardEngine.Best(scores, minTrades: 2, out var eligible));
        Assert.Equal(4, eligible);
        Assert.Equal(2, WalkForwardEngine.Best(scores, minTrades: 0, out _));
        Assert.Equal(-1, WalkForwardEngine.Best(scores, minTrades: 10, out eligible));
        Assert.Equal(0, eligible);
    }

    [Fact]
    public void Results_do_not_depend_on_parallelism_and_chain_the_out_of_sample_windows()
    {
        var data = new[] { new SymbolBars("AAA", "a", DailyBars.RandomWalk(700, seed: 31)), new SymbolBars("BBB", "b", DailyBars.RandomWalk(700, seed: 32)) };
        var config = BacktestConfigs.RsiMacdSma("AAA", "BBB");
        var settings = new WalkForwardSettings
        {
            InSample = 250,
            OutOfSample = 150,
            Grid = [ParameterAxis.Parse("RSI.period=7,14"), ParameterAxis.Parse("MACD.fast=12,30"), ParameterAxis.Parse("risk_management.stop_loss=2,4")],
        };

        var serial = WalkForwardEngine.Run(config, data, Costs, settings, maxParallelism: 1);
        var parallel = WalkForwardEngine.Run(config, data, Costs, settings, maxParallelism: 4);

        // MACD fast 30 ≥ slow 26 is refused by the validator: 4 of 8 sets remain.
        Assert.Equal((4, 4), (serial.ParameterSets, serial.InvalidParameterSets));
        Assert.Equal(serial.Windows.Select(w => w.Parameters), parallel.Windows.Select(w => w.Parameters), new ParameterListComparer());
        Assert.Equal(serial.Aggregate.Trades, parallel.Aggregate.Trades);
        Assert.Equal(serial.Aggregate.Equity, parallel.Aggregate.Equity);
        Assert.Equal(3, serial.Windows.Count);
        // Out-of-sample spans: bars [250, 400), [400, 550), [550, 700) — one equity point each, chained capital.
        Assert.Equal(450, serial.Aggregate.Equity.Count);
        Assert.Equal(data[0].Bars[250].Timestamp, serial.Aggregate.Equity[0].Timestamp);
        Assert.Equal(serial.Windows[0].EndingCapital, serial.Windows[1].StartingCapital);
        Assert.Equal(10_000m + serial.Aggregate.Trades.Sum(t => t.Pnl), serial.Aggregate.FinalEquity);
        Assert.All(serial.Aggregate.Trades, t => Assert.True(t.EntryTime >= data[0].Bars[250].Timestamp));
        Assert.Equal(serial.Windows.Count(w => w.Parameters is not null), serial.Stability[0].Chosen.Sum(c => c.Windows));
    }

    [Fact]
    public void A_window_without_an_eligible_set_stays_in_cash()
    {
        var data = new[] { new SymbolBars("TEST", "t", DailyBars.RandomWalk(300, seed: 7)) };

        var result = WalkForwardEngine.Run(BacktestConfigs.Sma(), data, Costs, new WalkForwardSettings { InSample = 200, OutOfSample = 100, MinTrades = 10_000 });

        var window = Assert.Single(result.Windows);
        Assert.Null(window.Parameters);
        Assert.Empty(result.Aggregate.Trades);
        Assert.All(result.Aggregate.Equity, p => Assert.Equal(10_000, p.Equity));
        Assert.Equal(100, result.Aggregate.Equity.Count);
    }

    private sealed class ParameterListComparer : IEqualityComparer<IReadOnlyList<(string Path, decimal Value)>?>
    {
        public bool Equals(IReadOnlyList<(string Path, decimal Value)>? x, IReadOnlyList<(string Path, decimal Value)>? y) =>
            x is null ? y is null : y is not null && x.SequenceEqual(y);

        public int GetHashCode(IReadOnlyList<(string Path, decimal Value)>? obj) => obj?.Count ?? 0;
    }
}
