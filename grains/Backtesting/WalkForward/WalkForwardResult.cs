namespace OrleansTrading.Grains.Backtesting.WalkForward;

/// <summary>
/// A walk-forward run: every window, the parameter stability table and <see cref="Aggregate"/> — the out-of-sample
/// windows chained into one record (orders, fills, trades, equity and metrics), shaped like a plain backtest so the
/// same artifacts describe it.
/// </summary>
public sealed record WalkForwardResult(
    WalkForwardSettings Settings,
    IReadOnlyList<WalkForwardWindowResult> Windows,
    IReadOnlyList<ParameterStability> Stability,
    BacktestResult Aggregate,
    int ParameterSets,
    int InvalidParameterSets);
