namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Incremental <see cref="Cci"/>. Not O(1): the mean deviation depends on the current SMA, so every bar after warm-up
/// takes one O(period) pass over the window (a <see cref="RingBuffer"/> of typical prices). No allocation per bar.
/// </summary>
public sealed class CciState : IIndicatorState
{
    private static readonly string[] Names = ["cci"];
    private readonly RingBuffer _window;
    private double _sum;

    public CciState(int period = 20)
    {
        Period = IndicatorGuard.Period(period, nameof(period));
        _window = new RingBuffer(period);
        Value = double.NaN;
    }

    public int Period { get; }

    public int WarmupPeriod => Period;

    public bool IsReady => _window.IsFull;

    public IReadOnlyList<string> OutputNames => Names;

    /// <summary>The current CCI; NaN until ready.</summary>
    public double Value { get; private set; }

    public void Add(in Bar bar)
    {
        var typicalPrice = TypicalPrice.Of(bar);
        _sum += typicalPrice;
        var evicted = _window.Add(typicalPrice);
        if (!double.IsNaN(evicted))
        {
            _sum -= evicted;
        }
        if (!_window.IsFull)
        {
            return;
        }
        var mean = _sum / Period;
        // Oldest to newest, as the batch definition sums; two contiguous runs avoid per-element wrap-around.
        _window.GetSegments(out var older, out var newer);
        var deviation = 0.0;
        var flat = true;
        Accumulate(older, mean, typicalPrice, ref deviation, ref flat);
        Accumulate(newer, mean, typicalPrice, ref deviation, ref flat);
        Value = Cci.Value(typicalPrice, mean, flat ? 0 : deviation / Period);
    }

    private static void Accumulate(ReadOnlySpan<double> values, double mean, double typicalPrice, ref double deviation, ref bool flat)
    {
        foreach (var value in values)
        {
            deviation += Math.Abs(value - mean);
            flat &= value == typicalPrice;
        }
    }

    public double GetOutput(int index) => index == 0 ? Value : throw new ArgumentOutOfRangeException(nameof(index));

    public void Reset()
    {
        _window.Clear();
        _sum = 0;
        Value = double.NaN;
    }
}
