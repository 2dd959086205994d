namespace OrleansTrading.Grains.Indicators;

/// <summary>Incremental <see cref="Sma"/>: O(1) per bar, no allocation after construction.</summary>
public sealed class SmaState : IndicatorState
{
    private static readonly string[] Names = ["sma"];
    private readonly RingBuffer _window;
    private double _sum;

    public SmaState(int period)
    {
        Period = IndicatorGuard.Period(period, nameof(period));
        _window = new RingBuffer(period);
    }

    public int Period { get; }

    public override int WarmupPeriod => Period;

    public override bool IsReady => _window.IsFull;

    public override IReadOnlyList<string> OutputNames => Names;

    /// <summary>The current average; NaN until ready.</summary>
    public double Value => IsReady ? _sum / Period : double.NaN;

    public override void Add(in Bar bar)
    {
        _sum += bar.Close;
        var evicted = _window.Add(bar.Close);
        if (!double.IsNaN(evicted))
        {
            _sum -= evicted;
        }
    }

    public override double GetOutput(int index) => index == 0 ? Value : throw new ArgumentOutOfRangeException(nameof(index));

    public override void Reset()
    {
        _window.Clear();
        _sum = 0;
    }
}
