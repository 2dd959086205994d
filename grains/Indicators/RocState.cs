namespace OrleansTrading.Grains.Indicators;

/// <summary>Incremental <see cref="Roc"/>: keeps the last <c>period</c> closes; no allocation after construction.</summary>
public sealed class RocState : IIndicatorState
{
    private static readonly string[] Names = ["roc"];
    private readonly RingBuffer _window;

    public RocState(int period = 12)
    {
        Period = IndicatorGuard.Period(period, nameof(period));
        _window = new RingBuffer(period);
        Value = double.NaN;
    }

    public int Period { get; }

    public int WarmupPeriod => Period + 1;

    public bool IsReady { get; private set; }

    public IReadOnlyList<string> OutputNames => Names;

    /// <summary>The current rate of change in percent; NaN until ready.</summary>
    public double Value { get; private set; }

    public void Add(in Bar bar)
    {
        // A full window holds close[t − period] as its oldest value, which this close pushes out.
        var full = _window.IsFull;
        var earlier = _window.Add(bar.Close);
        if (full)
        {
            Value = Roc.Percent(bar.Close, earlier);
            IsReady = true;
        }
    }

    public double GetOutput(int index) => index == 0 ? Value : throw new ArgumentOutOfRangeException(nameof(index));

    public void Reset()
    {
        _window.Clear();
        IsReady = false;
        Value = double.NaN;
    }
}
