using OrleansTrading.Grains.Backtesting;
using OrleansTrading.Grains.Backtesting.Metrics;

namespace OrleansTrading.UnitTests.Backtesting;

public sealed class PerformanceCalculatorTests
{
    private static EquityPoint[] Curve(params double[] equity) =>
        equity.Select((e, i) => new EquityPoint(DailyBars.Start.AddDays(i), e)).ToArray();

    [Fact]
    public void Sharpe_and_sortino_follow_their_definitions()
    {
        // From 100: returns +10 %, −10 %, +20 % (110 → 99 → 118.8). Mean 0.0666…; sample SD √(((0.0333)² + (0.1666)² + (0.1333)²) / 2).
        var (sharpe, sortino) = PerformanceCalculator.RiskAdjusted(100, Curve(110, 99, 118.8), 252);

        var r = new[] { 0.1, -0.1, 0.2 };
        var mean = r.Average();
        var sd = Math.Sqrt(r.Sum(x => (x - mean) * (x - mean)) / 2);
        var downside = Math.Sqrt(0.01 / 3);
        Assert.Equal(mean / sd * Math.Sqrt(252), sharpe, 9);
        Assert.Equal(mean / downside * Math.Sqrt(252), sortino, 9);
    }

    [Fact]
    public void Drawdown_is_measured_from_the_running_peak()
    {
        // Peak 120, trough 90: 30 and 25 %; a later 200 → 160 is 40 but only 20 %.
        var (amount, fraction) = PerformanceCalculator.Drawdowns(100, Curve(120, 90, 200, 160));

        Assert.Equal(40, amount);
        Assert.Equal(0.25, fraction, 12);
    }

    [Fact]
    public void Cagr_uses_calendar_days_over_365_25()
    {
        var curve = new[] { new EquityPoint(DailyBars.Start, 100), new EquityPoint(DailyBars.Start.AddDays(730.5), 121) };

        Assert.Equal(0.1, PerformanceCalculator.Cagr(100, 121, curve), 12);
    }

    [Fact]
    public void Undefined_ratios_are_nan_and_counts_zero_without_trades()
    {
        var metrics = PerformanceCalculator.Compute(100m, 100m, Curve(100, 100, 100), [], 0, 0m, 252);

        Assert.True(double.IsNaN(metrics.Sharpe));
        Assert.True(double.IsNaN(metrics.ProfitFactor));
        Assert.True(double.IsNaN(metrics.Calmar));
        Assert.True(double.IsNaN(metrics.WinRate));
        Assert.Equal(0, metrics.TotalReturn);
        Assert.Equal(0, metrics.TotalTrades);
        Assert.Equal(0, metrics.Exposure);
    }

    [Fact]
    public void Turnover_is_half_the_traded_notional_over_mean_equity()
    {
        var metrics = PerformanceCalculator.Compute(100m, 100m, Curve(100, 100), [], 1, 300m, 252);

        Assert.Equal(1.5, metrics.Turnover, 12);
        Assert.Equal(0.5, metrics.Exposure, 12);
    }
}
