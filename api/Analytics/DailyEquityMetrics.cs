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
    /// Returns r = E_t / E_(t−1) − 1, the first against the capital; Sharpe = mean / sample SD (n − 1) × √252, zero
    /// risk-free rate. With fewer than two periods, a zero SD or no capital it is 0 (the backtest says NaN; JSON cannot).
    /// </summary>
    public static double Sharpe(decimal capital, IReadOnlyList<(DateOnly Date, decimal Pnl)> closingPnlByDate)
    {
        var equity = Curve(capital, closingPnlByDate);
        var n = equity.Count;
        if (capital <= 0 || n < 2)
        {
            return 0;
        }
        var returns = new double[n];
        var previous = (double)capital;
        for (var i = 0; i < n; i++)
        {
            returns[i] = previous == 0 ? 0 : equity[i] / previous - 1;
            previous = equity[i];
        }
        var mean = returns.Average();
        var squares = returns.Sum(r => (r - mean) * (r - mean));
        var sd = Math.Sqrt(squares / (n - 1));
        return sd > 0 ? mean / sd * Math.Sqrt(PeriodsPerYear) : 0;
    }

    /// <summary>Largest fall from a running peak (the capital is the first peak), as money and as a fraction of that peak.</summary>
    public static (decimal Amount, double Fraction) MaxDrawdown(decimal capital, IReadOnlyList<(DateOnly Date, decimal Pnl)> closingPnlByDate)
    {
        decimal peak = capital, amount = 0, equity = capital;
        double fraction = 0;
        foreach (var (_, pnl) in closingPnlByDate)
        {
            equity += pnl;
            peak = Math.Max(peak, equity);
            var drop = peak - equity;
            amount = Math.Max(amount, drop);
            if (peak > 0)
            {
                fraction = Math.Max(fraction, (double)(drop / peak));
            }
        }
        return (amount, fraction);
    }

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
