namespace OrleansTrading.Grains.Indicators;

/// <summary>Incremental <see cref="Atr"/>: O(1) per bar, no allocation after construction.</summary>
public sealed class AtrState : IndicatorState
{
    private static readonly string[] Names = ["atr"];
    private AtrCalculator _atr;

    public AtrState(int period = 14)
    {
        Period = IndicatorGuard.Period(period, nameof(period));
        _atr = new AtrCalculator(period);
    }

    public int Period { get; }

    /// <summary>The first ATR is at index <c>period</c>.</summary>
    public override int WarmupPeriod => Period + 1;

    public override bool IsReady => _atr.IsReady;

    public override IReadOnlyList<string> OutputNames => Names;

    /// <summary>The current ATR; NaN until ready.</summary>
    public double Value => _atr.Value;

    public override void Add(in Bar bar) => _atr.Add(bar);

    public override double GetOutput(int index) => index == 0 ? Value : throw new ArgumentOutOfRangeException(nameof(index));

    public override void Reset() => _atr.Reset();
}
