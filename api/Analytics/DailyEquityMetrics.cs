using OrleansTrading.Grains.Backtesting;
using OrleansTrading.Grains.Backtesting.Metrics;
using OrleansTrading.Grains.MarketData.Clock;

namespace OrleansTrading.Api.Analytics;

/// <summary>
/// Sharpe ratio and maximum drawdown of the daily equity curve, defined as the backtesting metrics define them (issue 4
/// §2), with one exchange day as the period. Equity starts at the capital and adds each day's closing P&amp;L. The
/// periods are every NYSE trading day from the first to the last date with closing P&amp;L (a trading day without
/// closes is a 0% return), plus any other date that has closing P&amp;L (the Embedded demo trades at weekends).
/// </summary>
public static class DailyEquityMetrics
{
    /// <summary>Trading days in a year: daily returns annualise by √252.</summary>
    public const double PeriodsPerYear = 252;

    /// <summary>
    /// <see cref="PerformanceCalculator.RiskAdjusted"/> over the daily curve: returns r = E_t / E_(t−1) − 1, the first
    /// against the capital; Sharpe = mean / sample SD (n − 1) × √252, zero risk-free rate. Where the backtest reports
    /// NaN (fewer than two periods, a zero SD, no capital) this is 0, because JSON cannot carry NaN.
    /// </summary>
    public static double Sharpe(decimal capital, IReadOnlyList<(DateOnly Date, decimal Pnl)> closingPnlByDate)
    {
        if (capital <= 0)
        {
            return 0;
        }
        var (sharpe, _) = PerformanceCalculator.RiskAdjusted((double)capital, Points(capital, closingPnlByDate), PeriodsPerYear);
        return double.IsFinite(sharpe) ? sharpe : 0;
    }

    /// <summary><see cref="PerformanceCalculator.Drawdowns"/> over the daily curve: the largest fall from a running peak (the capital is the first peak), as money and as a fraction of that peak.</summary>
    public static (decimal Amount, double Fraction) MaxDrawdown(decimal capital, IReadOnlyList<(DateOnly Date, decimal Pnl)> closingPnlByDate)
    {
        var (amount, fraction) = PerformanceCalculator.Drawdowns((double)capital, Points(capital, closingPnlByDate));
        return (Math.Round((decimal)amount, 6), fraction);
    }

    private static EquityPoint[] Points(decimal capital, IReadOnlyList<(DateOnly Date, decimal Pnl)> closingPnlByDate) =>
        Curve(capital, closingPnlByDate).Select(e => new EquityPoint(default, e)).ToArray();

    /// <summary>Equity at the close of each period, in date order.</summary>
    public static IReadOnlyList<double> Curve(decimal capital, IReadOnlyList<(DateOnly Date, decimal Pnl)> closingPnlByDate)
    {
        if (closingPnlByDate.Count == 0)
        {
            return [];
        }
        var pnlByDate = closingPnlByDate.ToDictionary(d => d.Date, d => d.Pnl);
        var curve = new List<double>();
        var equity = capital;
        for (var date = closingPnlByDate[0].Date; date <= closingPnlByDate[^1].Date; date = date.AddDays(1))
        {
            var hasPnl = pnlByDate.TryGetValue(date, out var pnl);
            if (hasPnl || NyseCalendar.IsTradingDay(date))
            {
                equity += pnl;
                curve.Add((double)equity);
            }
        }
        return curve;
    }
}
