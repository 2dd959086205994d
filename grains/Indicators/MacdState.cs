namespace OrleansTrading.Grains.Indicators;

/// <summary>Incremental <see cref="Macd"/>: three embedded <see cref="SeededSmoother"/>s (exponential), no allocation per bar.</summary>
public sealed class MacdState : IndicatorState
{
    private static readonly string[] Names = ["macd", "macd_signal", "macd_histogram"];
    private SeededSmoother _fast;
    private SeededSmoother _slow;
    private SeededSmoother _signal;

    public MacdState(int fast = 12, int slow = 26, int signal = 9)
    {
        Macd.Validate(fast, slow, signal);
        _fast = SeededSmoother.Ema(fast);
        _slow = SeededSmoother.Ema(slow);
        _signal = SeededSmoother.Ema(signal);
        Reset();
    }

    public override int WarmupPeriod => _slow.Period + _signal.Period - 1;

    public override bool IsReady => _signal.IsReady;

    public override IReadOnlyList<string> OutputNames => Names;

    /// <summary>EMA(fast) − EMA(slow); NaN until the slow EMA is ready.</summary>
    public double Line { get; private set; }

    /// <summary>EMA(signal) of the line; NaN until ready.</summary>
    public double Signal { get; private set; }

    /// <summary>Line − signal; NaN until the signal is ready.</summary>
    public double Histogram { get; private set; }

    public override void Add(in Bar bar)
    {
        var fast = _fast.Add(bar.Close);
        var slow = _slow.Add(bar.Close);
        if (!_slow.IsReady)
        {
            return;
        }
        Line = fast - slow;
        Signal = _signal.Add(Line);
        Histogram = _signal.IsReady ? Line - Signal : double.NaN;
    }

    public override double GetOutput(int index) => index switch
    {
        0 => Line,
        1 => Signal,
        2 => Histogram,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public override void Reset()
    {
        _fast.Reset();
        _slow.Reset();
        _signal.Reset();
        Line = double.NaN;
        Signal = double.NaN;
        Histogram = double.NaN;
    }
}
