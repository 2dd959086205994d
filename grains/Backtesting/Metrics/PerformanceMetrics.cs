namespace OrleansTrading.Grains.Backtesting.Metrics;

/// <summary>
/// A run's performance; ratios are fractions (0.12 = 12 %), money in the account's currency. A ratio whose
/// denominator is zero (no losing trade for the profit factor, no drawdown for Calmar, a flat equity curve for
/// Sharpe) is NaN here and <c>null</c> in JSON.
/// </summary>
public sealed record PerformanceMetrics
{
    public required double TotalReturn { get; init; }
    public required double Cagr { get; init; }
    public required double Sharpe { get; init; }
    public required double Sortino { get; init; }
    public required double MaxDrawdown { get; init; }
    public required double MaxDrawdownPct { get; init; }
    public required double Calmar { get; init; }
    public required double WinRate { get; init; }
    public required double ProfitFactor { get; init; }
    public required double AvgWin { get; init; }
    public required double AvgLoss { get; init; }
    public required double BestTrade { get; init; }
    public required double WorstTrade { get; init; }
    public required double Exposure { get; init; }
    public required double Turnover { get; init; }
    public required int TotalTrades { get; init; }
    public required int WinningTrades { get; init; }
    public required int LosingTrades { get; init; }
    public required decimal FinalEquity { get; init; }

    /// <summary>The metrics in artifact order with their snake_case keys (summary.json, the report, the CLI table).</summary>
    public IReadOnlyList<(string Key, double Value)> Ratios() =>
    [
        ("total_return", TotalReturn), ("cagr", Cagr), ("sharpe", Sharpe), ("sortino", Sortino), ("max_drawdown", MaxDrawdown),
        ("max_drawdown_pct", MaxDrawdownPct), ("calmar", Calmar), ("win_rate", WinRate), ("profit_factor", ProfitFactor),
        ("avg_win", AvgWin), ("avg_loss", AvgLoss), ("best_trade", BestTrade), ("worst_trade", WorstTrade),
        ("exposure", Exposure), ("turnover", Turnover),
    ];

    /// <summary>A metric by its snake_case key (walk-forward objectives).</summary>
    public double Get(string key) => key switch
    {
        "total_trades" => TotalTrades,
        "winning_trades" => WinningTrades,
        "losing_trades" => LosingTrades,
        "final_equity" => (double)FinalEquity,
        _ => Ratios().FirstOrDefault(r => r.Key == key) is { Key: not null } found
            ? found.Value
            : throw new ArgumentException($"Unknown metric '{key}'.", nameof(key)),
    };
}
