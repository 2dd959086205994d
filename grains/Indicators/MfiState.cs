namespace OrleansTrading.Grains.Indicators;

/// <summary>Incremental <see cref="Mfi"/>: O(1) per bar, no allocation after construction.</summary>
public sealed class MfiState : IndicatorState
{
    private static readonly string[] Names = ["mfi"];
    private readonly RollingSum _positive;
    private readonly RollingSum _negative;
    private bool _hasPrevious;
    private double _previous;

    public MfiState(int period = 14)
    {
        Period = IndicatorGuard.Period(period, nameof(period));
        _positive = new RollingSum(period);
        _negative = new RollingSum(period);
    }

    public int Period { get; }

    /// <summary>The first MFI needs <c>period</c> flows, i.e. <c>period + 1</c> bars.</summary>
    public override int WarmupPeriod => Period + 1;

    public override bool IsReady => _positive.IsFull;

    public override IReadOnlyList<string> OutputNames => Names;

    /// <summary>The current MFI; NaN until ready.</summary>
    public double Value => IsReady ? Mfi.Value(_positive.Sum, _negative.Sum) : double.NaN;

    public override void Add(in Bar bar)
    {
        var typicalPrice = TypicalPrice.Of(bar);
        if (_hasPrevious)
        {
            var flow = typicalPrice * bar.Volume;
            _positive.Add(typicalPrice > _previous ? flow : 0);
            _negative.Add(typicalPrice < _previous ? flow : 0);
        }
        _previous = typicalPrice;
        _hasPrevious = true;
    }

    public override double GetOutput(int index) => index == 0 ? Value : throw new ArgumentOutOfRangeException(nameof(index));

    public override void Reset()
    {
        _positive.Clear();
        _negative.Clear();
        _hasPrevious = false;
    }
}
