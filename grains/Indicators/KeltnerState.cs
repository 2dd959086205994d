namespace OrleansTrading.Grains.Indicators;

/// <summary>Incremental <see cref="Keltner"/>: O(1) per bar, no allocation after construction.</summary>
public sealed class KeltnerState : IndicatorState
{
    private static readonly string[] Names = ["keltner_upper", "keltner_middle", "keltner_lower"];
    private SeededSmoother _ema;
    private AtrCalculator _atr;

    public KeltnerState(int emaPeriod = 20, int atrPeriod = 10, double multiplier = 2)
    {
        Keltner.Validate(emaPeriod, atrPeriod, multiplier);
        Multiplier = multiplier;
        _ema = SeededSmoother.Ema(emaPeriod);
        _atr = new AtrCalculator(atrPeriod);
        Reset();
    }

    public int EmaPeriod => _ema.Period;

    public int AtrPeriod => _atr.Period;

    public double Multiplier { get; }

    /// <summary>First valid index <c>max(emaPeriod − 1, atrPeriod)</c>, plus one.</summary>
    public override int WarmupPeriod => Math.Max(EmaPeriod, AtrPeriod + 1);

    public override bool IsReady => _ema.IsReady && _atr.IsReady;

    public override IReadOnlyList<string> OutputNames => Names;

    public double Upper { get; private set; }

    public double Middle { get; private set; }

    public double Lower { get; private set; }

    public override void Add(in Bar bar)
    {
        var middle = _ema.Add(bar.Close);
        var atr = _atr.Add(bar);
        if (IsReady)
        {
            var width = Multiplier * atr;
            Upper = middle + width;
            Middle = middle;
            Lower = middle - width;
        }
    }

    public override double GetOutput(int index) => index switch
    {
        0 => Upper,
        1 => Middle,
        2 => Lower,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public override void Reset()
    {
        _ema.Reset();
        _atr.Reset();
        Upper = Middle = Lower = double.NaN;
    }
}
