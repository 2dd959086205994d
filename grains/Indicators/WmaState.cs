namespace OrleansTrading.Grains.Indicators;

/// <summary>Incremental <see cref="Wma"/>: O(1) per bar, no allocation after construction.</summary>
public sealed class WmaState : IndicatorState
{
    private static readonly string[] Names = ["wma"];
    private readonly RingBuffer _window;
    private readonly double _divisor;
    private double _weighted;
    private double _sum;

    public WmaState(int period)
    {
        Period = IndicatorGuard.Period(period, nameof(period));
        _window = new RingBuffer(period);
        _divisor = Wma.WeightSum(period);
    }

    public int Period { get; }

    public override int WarmupPeriod => Period;

    public override bool IsReady => _window.IsFull;

    public override IReadOnlyList<string> OutputNames => Names;

    /// <summary>The current average; NaN until ready.</summary>
    public double Value => IsReady ? _weighted / _divisor : double.NaN;

    public override void Add(in Bar bar)
    {
        var close = bar.Close;
        _weighted = _weighted + Period * close - _sum;
        _sum += close;
        var full = _window.IsFull;
        var evicted = _window.Add(close);
        if (full)
        {
            _sum -= evicted;
        }
    }

    public override double GetOutput(int index) => index == 0 ? Value : throw new ArgumentOutOfRangeException(nameof(index));

    public override void Reset()
    {
        _window.Clear();
        _weighted = 0;
        _sum = 0;
    }
}
