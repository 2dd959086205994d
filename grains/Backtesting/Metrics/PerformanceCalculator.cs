using System.Buffers;
using System.Runtime.InteropServices;

namespace OrleansTrading.Grains.Backtesting.Metrics;

/// <summary>
/// The metric definitions (README "Backtesting"). Returns are simple per-bar equity returns; Sharpe and Sortino
/// assume a zero risk-free rate. Sums run in bar order, so the same curve always gives the same bits.
/// </summary>
public static class PerformanceCalculator
{
    public static PerformanceMetrics Compute(
        decimal initialCapital,
        decimal finalEquity,
        IReadOnlyList<EquityPoint> equity,
        IReadOnlyList<BacktestTrade> trades,
        int barsInMarket,
        decimal tradedNotional,
        double periodsPerYear)
    {
        var pnls = new double[trades.Count];
        for (var i = 0; i < pnls.Length; i++)
        {
            pnls[i] = (double)trades[i].Pnl;
        }
        return ComputeFromPnls(initialCapital, finalEquity, equity, pnls, barsInMarket, tradedNotional, periodsPerYear);
    }

    /// <summary><see cref="Compute(decimal, decimal, IReadOnlyList{EquityPoint}, IReadOnlyList{BacktestTrade}, int, decimal, double)"/> from each trade's net P&amp;L alone.</summary>
    public static PerformanceMetrics ComputeFromPnls(
        decimal initialCapital,
        decimal finalEquity,
        IReadOnlyList<EquityPoint> equity,
        ReadOnlySpan<double> tradePnls,
        int barsInMarket,
        decimal tradedNotional,
        double periodsPerYear)
    {
        var initial = (double)initialCapital;
        var final = (double)finalEquity;
        var curve = AsSpan(equity);
        var (sharpe, sortino) = RiskAdjusted(initial, curve, periodsPerYear);
        var (maxDrawdown, maxDrawdownPct) = Drawdowns(initial, curve);
        var cagr = Cagr(initial, final, curve);

        int wins = 0, losses = 0;
        double grossProfit = 0, grossLoss = 0, best = double.NaN, worst = double.NaN;
        foreach (var pnl in tradePnls)
        {
            if (pnl > 0)
            {
                wins++;
                grossProfit += pnl;
            }
            else if (pnl < 0)
            {
                losses++;
                grossLoss += pnl;
            }
            best = double.IsNaN(best) ? pnl : Math.Max(best, pnl);
            worst = double.IsNaN(worst) ? pnl : Math.Min(worst, pnl);
        }
        var meanEquity = MeanEquity(initial, curve);
        return new PerformanceMetrics
        {
            TotalReturn = final / initial - 1,
            Cagr = cagr,
            Sharpe = sharpe,
            Sortino = sortino,
            MaxDrawdown = maxDrawdown,
            MaxDrawdownPct = maxDrawdownPct,
            Calmar = maxDrawdownPct > 0 ? cagr / maxDrawdownPct : double.NaN,
            WinRate = tradePnls.Length > 0 ? (double)wins / tradePnls.Length : double.NaN,
            ProfitFactor = grossLoss < 0 ? grossProfit / -grossLoss : double.NaN,
            AvgWin = wins > 0 ? grossProfit / wins : double.NaN,
            AvgLoss = losses > 0 ? grossLoss / losses : double.NaN,
            BestTrade = best,
            WorstTrade = worst,
            Exposure = equity.Count > 0 ? (double)barsInMarket / equity.Count : 0,
            // One-way turnover: half of everything bought and sold, per unit of average equity.
            Turnover = meanEquity > 0 ? (double)tradedNotional / 2 / meanEquity : 0,
            TotalTrades = tradePnls.Length,
            WinningTrades = wins,
            LosingTrades = losses,
            FinalEquity = finalEquity,
        };
    }

    /// <summary>(final / initial)^(365.25 / calendar days from the first to the last bar) − 1; 0 for a single day.</summary>
    public static double Cagr(double initial, double final, IReadOnlyList<EquityPoint> equity) => Cagr(initial, final, AsSpan(equity));

    private static double Cagr(double initial, double final, ReadOnlySpan<EquityPoint> equity)
    {
        if (equity.Length < 2)
        {
            return 0;
        }
        var days = (equity[^1].Timestamp - equity[0].Timestamp).TotalDays;
        if (days <= 0)
        {
            return 0;
        }
        return final <= 0 ? -1 : Math.Pow(final / initial, 365.25 / days) - 1;
    }

    /// <summary>
    /// Per-bar returns r = E_t / E_(t−1) − 1, the first against the starting capital. Sharpe = mean / sample SD
    /// (n − 1) × √periods; Sortino = mean / √mean(min(r, 0)²) × √periods.
    /// </summary>
    public static (double Sharpe, double Sortino) RiskAdjusted(double initial, IReadOnlyList<EquityPoint> equity, double periodsPerYear) =>
        RiskAdjusted(initial, AsSpan(equity), periodsPerYear);

    private static (double Sharpe, double Sortino) RiskAdjusted(double initial, ReadOnlySpan<EquityPoint> equity, double periodsPerYear)
    {
        var n = equity.Length;
        if (n < 2)
        {
            return (double.NaN, double.NaN);
        }
        // The returns are kept for the second pass (a pooled buffer: a walk-forward computes this thousands of times),
        // so each costs one division.
        var returns = ArrayPool<double>.Shared.Rent(n);
        double sum = 0, downsideSquares = 0, previous = initial;
        for (var i = 0; i < n; i++)
        {
            var r = equity[i].Equity / previous - 1;
            returns[i] = r;
            sum += r;
            // Branch-free (a random walk's sign is a coin toss for the branch predictor); adding 0 changes no bit.
            var loss = Math.Min(r, 0);
            downsideSquares += loss * loss;
            previous = equity[i].Equity;
        }
        var mean = sum / n;
        double squares = 0;
        for (var i = 0; i < n; i++)
        {
            var d = returns[i] - mean;
            squares += d * d;
        }
        ArrayPool<double>.Shared.Return(returns);
        var sd = Math.Sqrt(squares / (n - 1));
        var downside = Math.Sqrt(downsideSquares / n);
        var annualiser = Math.Sqrt(periodsPerYear);
        return (sd > 0 ? mean / sd * annualiser : double.NaN, downside > 0 ? mean / downside * annualiser : double.NaN);
    }

    /// <summary>Largest fall from a running peak (the starting capital is the first peak), as money and as a fraction of that peak.</summary>
    public static (double Amount, double Fraction) Drawdowns(double initial, IReadOnlyList<EquityPoint> equity) => Drawdowns(initial, AsSpan(equity));

    private static (double Amount, double Fraction) Drawdowns(double initial, ReadOnlySpan<EquityPoint> equity)
    {
        double peak = initial, amount = 0, fraction = 0;
        foreach (var point in equity)
        {
            if (point.Equity > peak)
            {
                peak = point.Equity;
            }
            var drop = peak - point.Equity;
            amount = Math.Max(amount, drop);
            if (peak > 0)
            {
                fraction = Math.Max(fraction, drop / peak);
            }
        }
        return (amount, fraction);
    }

    private static double MeanEquity(double initial, ReadOnlySpan<EquityPoint> equity)
    {
        if (equity.Length == 0)
        {
            return initial;
        }
        double sum = 0;
        foreach (var point in equity)
        {
            sum += point.Equity;
        }
        return sum / equity.Length;
    }

    // A million-point curve is read four times: through the list interface that is an interface call per point.
    private static ReadOnlySpan<EquityPoint> AsSpan(IReadOnlyList<EquityPoint> equity) => equity switch
    {
        EquityPoint[] array => array,
        List<EquityPoint> list => CollectionsMarshal.AsSpan(list),
        _ => equity.ToArray(),
    };
}
