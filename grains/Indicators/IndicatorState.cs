namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// The incremental form of an indicator: O(1) work and no allocation per <see cref="Add"/>. After the same bars
/// it holds exactly the values the indicator's batch function (its definition) returns for the last bar.
/// An abstract class rather than an interface on purpose: a bot's signal engine calls several different states from
/// the same call sites on every bar, and there a virtual call is a plain indirect jump while an interface call goes
/// through the runtime's dispatch-resolution stub — a measurable share of a backtest's per-bar cost.
/// </summary>
public abstract class IndicatorState
{
    /// <summary>Bars needed before <see cref="IsReady"/>; the first valid index of the batch result is <c>WarmupPeriod - 1</c>.</summary>
    public abstract int WarmupPeriod { get; }

    /// <summary>True once every output has a value.</summary>
    public abstract bool IsReady { get; }

    /// <summary>Output column names, e.g. <c>macd</c>, <c>macd_signal</c>, <c>macd_histogram</c> (the CLI's headers).</summary>
    public abstract IReadOnlyList<string> OutputNames { get; }

    /// <summary>Feeds the next bar (bars arrive in ascending time).</summary>
    public abstract void Add(in Bar bar);

    /// <summary>The value of output <paramref name="index"/> after the last bar; <see cref="double.NaN"/> while it is not ready.</summary>
    public abstract double GetOutput(int index);

    /// <summary>Forgets every bar, as if newly created.</summary>
    public abstract void Reset();
}
