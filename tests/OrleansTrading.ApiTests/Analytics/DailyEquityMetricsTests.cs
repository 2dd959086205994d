using OrleansTrading.Api.Analytics;

namespace OrleansTrading.ApiTests.Analytics;

/// <summary>Sharpe and drawdown of the analytics equity curve, by hand (the backtest's definitions, one NYSE day per period).</summary>
public sealed class DailyEquityMetricsTests
{
    private static (DateOnly, decimal) Day(int month, int day, decimal pnl) => (new DateOnly(2026, month, day), pnl);

    [Fact]
    public void Sharpe_is_mean_over_sample_sd_of_simple_daily_returns_times_root_252()
    {
        // Equity 1000 → 1100 → 900 → 950: returns 0.1, −0.181818…, 0.055555…
        var sharpe = DailyEquityMetrics.Sharpe(1000m, [Day(3, 2, 100m), Day(3, 3, -200m), Day(3, 4, 50m)]);

        Assert.Equal(-0.9171869938831493, sharpe, 12);
    }

    [Fact]
    public void Drawdown_is_the_largest_fall_from_a_running_peak_that_starts_at_the_capital()
    {
        var (amount, fraction) = DailyEquityMetrics.MaxDrawdown(1000m, [Day(3, 2, 100m), Day(3, 3, -200m), Day(3, 4, 50m)]);

        Assert.Equal(200m, amount);
        Assert.Equal(200.0 / 1100, fraction, 12);
        Assert.Equal((50m, 0.05), DailyEquityMetrics.MaxDrawdown(1000m, [Day(3, 2, -50m), Day(3, 3, 30m)]));
    }

    [Fact]
    public void Periods_are_nyse_trading_days_between_the_first_and_last_pnl_date_plus_any_day_with_pnl()
    {
        // 2026-04-02 Thu; 04-03 Good Friday (closed); 04-04/05 weekend; 04-06 Mon; 04-07 Tue has no P&L but trades.
        Assert.Equal([1010d, 1020d], DailyEquityMetrics.Curve(1000m, [Day(4, 2, 10m), Day(4, 6, 10m)]));
        Assert.Equal([1010d, 1015d, 1025d], DailyEquityMetrics.Curve(1000m, [Day(4, 2, 10m), Day(4, 4, 5m), Day(4, 6, 10m)]));
        Assert.Equal([1010d, 1020d, 1020d, 1030d], DailyEquityMetrics.Curve(1000m, [Day(4, 2, 10m), Day(4, 6, 10m), Day(4, 8, 10m)]));
    }

    [Fact]
    public void Without_two_periods_a_spread_or_capital_sharpe_is_zero()
    {
        Assert.Equal(0, DailyEquityMetrics.Sharpe(1000m, [Day(3, 2, 100m)]));
        Assert.Equal(0, DailyEquityMetrics.Sharpe(1000m, []));
        Assert.Equal(0, DailyEquityMetrics.Sharpe(0m, [Day(3, 2, 100m), Day(3, 3, 50m)]));
        Assert.Equal(0, DailyEquityMetrics.Sharpe(1000m, [Day(3, 2, 0m), Day(3, 3, 0m)]));
    }
}
