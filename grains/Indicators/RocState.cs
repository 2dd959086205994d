namespace OrleansTrading.Grains.Indicators;

/// <summary>Incremental <see cref="Roc"/>: keeps the last <c>period</c> closes; no allocation after construction.</summary>
public sealed class RocState : IndicatorState
{
    private bool _isReady;
    private static readonly string[] Names = ["roc"];
    private readonly RingBuffer _window;

    public RocState(int period = 12)
    {
        Period = IndicatorGuard.Period(period, nameof(period));
        _window = new RingBuffer(period);
        Value = double.NaN;
    }

    public int Period { get; }

    public override int WarmupPeriod => Period + 1;

    public override bool IsReady => _isReady;

    public override IReadOnlyList<string> OutputNames => Names;

    /// <summary>The current rate of change in percent; NaN until ready.</summary>
    public double Value { get; private set; }

    public override void Add(in Bar bar)
    {
        // A full window holds close[t − period] as its oldest value, which this close pushes out.
        var full = _window.IsFull;
        var earlier = _window.Add(bar.Close);
        if (full)
        {
            Value = Roc.Percent(bar.Close, earlier);
            _isReady = true;
        }
    }

    public override double GetOutput(int index) => index == 0 ? Value : throw new ArgumentOutOfRangeException(nameof(index));

    public override void Reset()
    {
        _window.Clear();
        _isReady = false;
        Value = double.NaN;
    }
}
