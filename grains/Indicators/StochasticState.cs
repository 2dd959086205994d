namespace OrleansTrading.Grains.Indicators;

/// <summary>Incremental <see cref="Stochastic"/>: O(1) amortised per bar, no allocation after construction.</summary>
public sealed class StochasticState : IndicatorState
{
    private static readonly string[] Names = ["stoch_k", "stoch_d"];
    private readonly RollingRange _range;
    private readonly RingBuffer _raw;
    private readonly RingBuffer _k;
    private double _rawSum;
    private double _kSum;
    private readonly double _smoothReciprocal;
    private readonly double _dReciprocal;

    public StochasticState(int kPeriod = 14, int dPeriod = 3, int smooth = 3)
    {
        Stochastic.Validate(kPeriod, dPeriod, smooth);
        KPeriod = kPeriod;
        DPeriod = dPeriod;
        Smooth = smooth;
        _range = new RollingRange(kPeriod);
        _raw = new RingBuffer(smooth);
        _k = new RingBuffer(dPeriod);
        _smoothReciprocal = 1.0 / smooth;
        _dReciprocal = 1.0 / dPeriod;
        Reset();
    }

    public int KPeriod { get; }

    public int DPeriod { get; }

    public int Smooth { get; }

    public override int WarmupPeriod => KPeriod + Smooth + DPeriod - 2;

    public override bool IsReady => _k.IsFull;

    public override IReadOnlyList<string> OutputNames => Names;

    /// <summary>Smoothed %K; NaN until ready.</summary>
    public double K { get; private set; }

    /// <summary>%D; NaN until ready.</summary>
    public double D { get; private set; }

    public override void Add(in Bar bar)
    {
        _range.Add(bar.High, bar.Low);
        if (!_range.IsFull)
        {
            return;
        }
        var raw = Stochastic.RawK(bar.Close, _range.Highest, _range.Lowest);
        _rawSum += raw;
        var rawFull = _raw.IsFull;
        var rawLeaving = _raw.Add(raw);
        if (rawFull)
        {
            _rawSum -= rawLeaving;
        }
        if (!_raw.IsFull)
        {
            return;
        }
        K = _rawSum * _smoothReciprocal;
        _kSum += K;
        var kFull = _k.IsFull;
        var kLeaving = _k.Add(K);
        if (kFull)
        {
            _kSum -= kLeaving;
        }
        if (_k.IsFull)
        {
            D = _kSum * _dReciprocal;
        }
    }

    public override double GetOutput(int index) => index switch
    {
        0 => K,
        1 => D,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public override void Reset()
    {
        _range.Reset();
        _raw.Clear();
        _k.Clear();
        _rawSum = 0;
        _kSum = 0;
        K = double.NaN;
        D = double.NaN;
    }
}
