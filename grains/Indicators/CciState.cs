namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Incremental <see cref="Cci"/>. Not O(1): the mean deviation depends on the current SMA, so every bar after warm-up
/// takes one O(period) pass over the window. The window is mirrored (each typical price written at slot and
/// slot + period) so it is always one contiguous span, scanned exactly as the batch scans its array. No allocation per bar.
/// </summary>
public sealed class CciState : IndicatorState
{
    private static readonly string[] Names = ["cci"];
    private readonly double[] _mirrored;
    private int _next;
    private int _count;
    private double _sum;

    public CciState(int period = 20)
    {
        Period = IndicatorGuard.Period(period, nameof(period));
        _mirrored = new double[2 * period];
        Value = double.NaN;
    }

    public int Period { get; }

    public override int WarmupPeriod => Period;

    public override bool IsReady => _count == Period;

    public override IReadOnlyList<string> OutputNames => Names;

    /// <summary>The current CCI; NaN until ready.</summary>
    public double Value { get; private set; }

    public override void Add(in Bar bar)
    {
        var typicalPrice = TypicalPrice.Of(bar);
        _sum += typicalPrice;
        if (_count == Period)
        {
            _sum -= _mirrored[_next];
        }
        else
        {
            _count++;
        }
        _mirrored[_next] = typicalPrice;
        _mirrored[_next + Period] = typicalPrice;
        _next = _next + 1 == Period ? 0 : _next + 1;
        if (_count < Period)
        {
            return;
        }
        // Oldest first: the window starts at the slot the next value will overwrite.
        var mean = _sum / Period;
        var deviation = Cci.SumOfAbsoluteDeviations(_mirrored.AsSpan(_next, Period), mean, out var flat);
        Value = Cci.Value(typicalPrice, mean, flat ? 0 : deviation / Period);
    }

    public override double GetOutput(int index) => index == 0 ? Value : throw new ArgumentOutOfRangeException(nameof(index));

    public override void Reset()
    {
        _next = 0;
        _count = 0;
        _sum = 0;
        Value = double.NaN;
    }
}
