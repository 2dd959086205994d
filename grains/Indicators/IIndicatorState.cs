namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// The incremental form of an indicator: O(1) work and no allocation per <see cref="Add"/>. After the same bars
/// it holds exactly the values the indicator's batch function (its definition) returns for the last bar.
/// </summary>
public interface IIndicatorState
{
    /// <summary>Bars needed before <see cref="IsReady"/>; the first valid index of the batch result is <c>WarmupPeriod - 1</c>.</summary>
    int WarmupPeriod { get; }

    /// <summary>True once every output has a value.</summary>
    bool IsReady { get; }

    /// <summary>Output column names, e.g. <c>macd</c>, <c>macd_signal</c>, <c>macd_histogram</c> (the CLI's headers).</summary>
    IReadOnlyList<string> OutputNames { get; }

    /// <summary>Feeds the next bar (bars arrive in ascending time).</summary>
    void Add(in Bar bar);

    /// <summary>The value of output <paramref name="index"/> after the last bar; <see cref="double.NaN"/> while it is not ready.</summary>
    double GetOutput(int index);

    /// <summary>Forgets every bar, as if newly created.</summary>
    void Reset();
}
