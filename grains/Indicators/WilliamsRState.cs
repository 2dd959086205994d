namespace OrleansTrading.Grains.Indicators;

/// <summary>Incremental <see cref="WilliamsR"/>: amortised O(1) per bar, no allocation after construction.</summary>
public sealed class WilliamsRState : IndicatorState
{
    private static readonly string[] Names = ["williams_r"];
    private readonly RollingRange _range;

    public WilliamsRState(int period = 14)
    {
        Period = IndicatorGuard.Period(period, nameof(period));
        _range = new RollingRange(period);
        Value = double.NaN;
    }

    public int Period { get; }

    public override int WarmupPeriod => Period;

    public override bool IsReady => _range.IsFull;

    public override IReadOnlyList<string> OutputNames => Names;

    /// <summary>The current %R; NaN until ready.</summary>
    public double Value { get; private set; }

    public override void Add(in Bar bar)
    {
        _range.Add(bar.High, bar.Low);
        var high = _range.Highest;
        var low = _range.Lowest;
        if (_range.IsFull)
        {
            Value = WilliamsR.Value(high, low, bar.Close);
        }
    }

    public override double GetOutput(int index) => index == 0 ? Value : throw new ArgumentOutOfRangeException(nameof(index));

    public override void Reset()
    {
        _range.Reset();
        Value = double.NaN;
    }
}
