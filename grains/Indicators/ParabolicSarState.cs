namespace OrleansTrading.Grains.Indicators;

/// <summary>Incremental <see cref="ParabolicSar"/>: O(1) per bar, no allocation after construction.</summary>
public sealed class ParabolicSarState : IndicatorState
{
    private static readonly string[] Names = ["psar"];
    private int _count;
    private double _extreme;
    private double _factor;
    private double _previousHigh;
    private double _previousLow;
    private double _previousClose;
    private double _beforePreviousHigh;
    private double _beforePreviousLow;

    public ParabolicSarState(double step = 0.02, double max = 0.2)
    {
        ParabolicSar.Validate(step, max);
        Step = step;
        Max = max;
        Reset();
    }

    public double Step { get; }

    public double Max { get; }

    /// <summary>The first SAR is at index 1.</summary>
    public override int WarmupPeriod => 2;

    public override bool IsReady => _count >= 2;

    public override IReadOnlyList<string> OutputNames => Names;

    /// <summary>The stop in force after the last bar; NaN until ready.</summary>
    public double Value { get; private set; }

    /// <summary>True while long (the stop is below price); meaningful once ready.</summary>
    public bool IsUptrend { get; private set; }

    public override void Add(in Bar bar)
    {
        if (_count == 0)
        {
            _count = 1;
        }
        else if (_count == 1)
        {
            IsUptrend = bar.Close >= _previousClose;
            Value = IsUptrend ? _previousLow : _previousHigh;
            _extreme = IsUptrend ? bar.High : bar.Low;
            _factor = Step;
            // The first step is clamped by bar 1 alone (bar 0's extreme is the seed itself).
            _beforePreviousHigh = bar.High;
            _beforePreviousLow = bar.Low;
            _count = 2;
        }
        else
        {
            Advance(bar);
            _beforePreviousHigh = _previousHigh;
            _beforePreviousLow = _previousLow;
        }
        _previousHigh = bar.High;
        _previousLow = bar.Low;
        _previousClose = bar.Close;
    }

    public override double GetOutput(int index) => index == 0 ? Value : throw new ArgumentOutOfRangeException(nameof(index));

    public override void Reset()
    {
        _count = 0;
        Value = double.NaN;
        IsUptrend = false;
        _extreme = _factor = double.NaN;
        _previousHigh = _previousLow = _previousClose = double.NaN;
        _beforePreviousHigh = _beforePreviousLow = double.NaN;
    }

    private void Advance(in Bar bar)
    {
        var sar = Value;
        var rising = IsUptrend;
        ParabolicSar.Advance(ref sar, ref rising, ref _extreme, ref _factor, bar,
            Math.Min(_previousLow, _beforePreviousLow), Math.Max(_previousHigh, _beforePreviousHigh), Step, Max);
        Value = sar;
        IsUptrend = rising;
    }
}
