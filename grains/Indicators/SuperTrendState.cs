namespace OrleansTrading.Grains.Indicators;

/// <summary>Incremental <see cref="SuperTrend"/>: O(1) per bar, no allocation after construction.</summary>
public sealed class SuperTrendState : IndicatorState
{
    private static readonly string[] Names = ["supertrend"];
    private AtrCalculator _atr;
    private double _previousClose;

    public SuperTrendState(int period = 10, double multiplier = 3)
    {
        SuperTrend.Validate(period, multiplier);
        Multiplier = multiplier;
        _atr = new AtrCalculator(period);
        Reset();
    }

    public int Period => _atr.Period;

    public double Multiplier { get; }

    /// <summary>The first value is at index <c>period</c>.</summary>
    public override int WarmupPeriod => Period + 1;

    public override bool IsReady => _atr.IsReady;

    public override IReadOnlyList<string> OutputNames => Names;

    /// <summary>The current SuperTrend line; NaN until ready.</summary>
    public double Value { get; private set; }

    /// <summary>True in an uptrend (the line is the lower band); meaningful once ready.</summary>
    public bool IsUptrend { get; private set; }

    /// <summary>The final upper band; NaN until ready.</summary>
    public double Upper { get; private set; }

    /// <summary>The final lower band; NaN until ready.</summary>
    public double Lower { get; private set; }

    public override void Add(in Bar bar)
    {
        var atr = _atr.Add(bar);
        if (_atr.IsReady)
        {
            var middle = (bar.High + bar.Low) / 2;
            var width = Multiplier * atr;
            if (double.IsNaN(Upper))
            {
                Upper = middle + width;
                Lower = middle - width;
            }
            else
            {
                Upper = SuperTrend.FinalUpper(middle + width, Upper, _previousClose);
                Lower = SuperTrend.FinalLower(middle - width, Lower, _previousClose);
            }
            IsUptrend = SuperTrend.Trend(IsUptrend, bar.Close, Upper, Lower);
            Value = IsUptrend ? Lower : Upper;
        }
        _previousClose = bar.Close;
    }

    public override double GetOutput(int index) => index == 0 ? Value : throw new ArgumentOutOfRangeException(nameof(index));

    public override void Reset()
    {
        _atr.Reset();
        Upper = Lower = _previousClose = double.NaN;
        Value = double.NaN;
        IsUptrend = true;
    }
}
