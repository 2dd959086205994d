using OrleansTrading.Grains.Backtesting.Metrics;

namespace OrleansTrading.Grains.Backtesting.WalkForward;

/// <summary>
/// One window's outcome: the chosen in-sample parameters (null when no parameter set had the minimum trades; the
/// window then stays in cash), their in-sample objective and trades, and the out-of-sample run from the capital the
/// previous window ended with.
/// </summary>
public sealed record WalkForwardWindowResult(
    WalkForwardWindow Window,
    IReadOnlyList<(string Path, decimal Value)>? Parameters,
    double InSampleObjective,
    int InSampleTrades,
    int EligibleSets,
    PerformanceMetrics? OutOfSample,
    decimal StartingCapital,
    decimal EndingCapital);
