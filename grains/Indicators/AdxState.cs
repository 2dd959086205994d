namespace OrleansTrading.Grains.Indicators;

/// <summary>Incremental <see cref="Adx"/>: O(1) per bar, no allocation after construction.</summary>
public sealed class AdxState : IndicatorState
{
    private static readonly string[] Names = ["adx", "plus_di", "minus_di"];
    private SeededSmoother _trueRange;
    private SeededSmoother _plusDm;
    private SeededSmoother _minusDm;
    private SeededSmoother _adx;
    private bool _hasPrevious;
    private double _previousHigh;
    private double _previousLow;
    private double _previousClose;

    public AdxState(int period = 14)
    {
        Period = IndicatorGuard.Period(period, nameof(period));
        _trueRange = SeededSmoother.WilderSum(period);
        _plusDm = SeededSmoother.WilderSum(period);
        _minusDm = SeededSmoother.WilderSum(period);
        _adx = SeededSmoother.WilderAverage(period);
        Reset();
    }

    public int Period { get; }

    /// <summary>ADX, the last output to become ready, is first valid at index <c>2 × period − 1</c>.</summary>
    public override int WarmupPeriod => 2 * Period;

    public override bool IsReady => _adx.IsReady;

    public override IReadOnlyList<string> OutputNames => Names;

    /// <summary>The current ADX; NaN until ready.</summary>
    public double Value => _adx.Value;

    /// <summary>+DI; NaN until <c>period + 1</c> bars were added.</summary>
    public double PlusDi { get; private set; }

    /// <summary>−DI; NaN until <c>period + 1</c> bars were added.</summary>
    public double MinusDi { get; private set; }

    public override void Add(in Bar bar)
    {
        if (_hasPrevious)
        {
            _trueRange.Add(TrueRange.Of(bar.High, bar.Low, _previousClose));
            _plusDm.Add(Adx.PlusMovement(bar.High, bar.Low, _previousHigh, _previousLow));
            _minusDm.Add(Adx.MinusMovement(bar.High, bar.Low, _previousHigh, _previousLow));
            if (_trueRange.IsReady)
            {
                PlusDi = Adx.DirectionalIndicator(_plusDm.Value, _trueRange.Value);
                MinusDi = Adx.DirectionalIndicator(_minusDm.Value, _trueRange.Value);
                _adx.Add(Adx.DirectionalIndex(PlusDi, MinusDi));
            }
        }
        _hasPrevious = true;
        _previousHigh = bar.High;
        _previousLow = bar.Low;
        _previousClose = bar.Close;
    }

    public override double GetOutput(int index) => index switch
    {
        0 => Value,
        1 => PlusDi,
        2 => MinusDi,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public override void Reset()
    {
        _trueRange.Reset();
        _plusDm.Reset();
        _minusDm.Reset();
        _adx.Reset();
        _hasPrevious = false;
        _previousHigh = _previousLow = _previousClose = double.NaN;
        PlusDi = MinusDi = double.NaN;
    }
}
