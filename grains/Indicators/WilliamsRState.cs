namespace OrleansTrading.Grains.Indicators;

/// <summary>Incremental <see cref="WilliamsR"/>: amortised O(1) per bar, no allocation after construction.</summary>
public sealed class WilliamsRState : IIndicatorState
{
    private static readonly string[] Names = ["williams_r"];
    private readonly RollingExtremum _highest;
    private readonly RollingExtremum _lowest;

    public WilliamsRState(int period = 14)
    {
        Period = IndicatorGuard.Period(period, nameof(period));
        _highest = RollingExtremum.Max(period);
        _lowest = RollingExtremum.Min(period);
        Value = double.NaN;
    }

    public int Period { get; }

    public int WarmupPeriod => Period;

    public bool IsReady => _highest.IsFull;

    public IReadOnlyList<string> OutputNames => Names;

    /// <summary>The current %R; NaN until ready.</summary>
    public double Value { get; private set; }

    public void Add(in Bar bar)
    {
        var high = _highest.Add(bar.High);
        var low = _lowest.Add(bar.Low);
        if (_highest.IsFull)
        {
            Value = WilliamsR.Value(high, low, bar.Close);
        }
    }

    public double GetOutput(int index) => index == 0 ? Value : throw new ArgumentOutOfRangeException(nameof(index));

    public void Reset()
    {
        _highest.Reset();
        _lowest.Reset();
        Value = double.NaN;
    }
}
