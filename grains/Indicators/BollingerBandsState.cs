namespace OrleansTrading.Grains.Indicators;

/// <summary>Incremental <see cref="BollingerBands"/>: O(1) per bar, no allocation after construction.</summary>
public sealed class BollingerBandsState : IndicatorState
{
    private static readonly string[] Names = ["bb_upper", "bb_middle", "bb_lower", "bb_percent_b", "bb_width"];
    private readonly RingBuffer _window;
    private double _sum;
    private double _sumOfSquares;

    public BollingerBandsState(int period = 20, double stdDev = 2)
    {
        Period = IndicatorGuard.Period(period, nameof(period));
        StdDev = IndicatorGuard.Positive(stdDev, nameof(stdDev));
        _window = new RingBuffer(period);
        Reset();
    }

    public int Period { get; }

    public double StdDev { get; }

    public override int WarmupPeriod => Period;

    public override bool IsReady => _window.IsFull;

    public override IReadOnlyList<string> OutputNames => Names;

    public double Upper { get; private set; }

    public double Middle { get; private set; }

    public double Lower { get; private set; }

    public double PercentB { get; private set; }

    public double Width { get; private set; }

    public override void Add(in Bar bar)
    {
        var close = bar.Close;
        _sum += close;
        _sumOfSquares += close * close;
        var full = _window.IsFull;
        var leaving = _window.Add(close);
        if (full)
        {
            _sum -= leaving;
            _sumOfSquares -= leaving * leaving;
        }
        if (!_window.IsFull)
        {
            return;
        }
        BollingerBands.Compute(_sum, _sumOfSquares, Period, StdDev, close,
            out var upper, out var middle, out var lower, out var percentB, out var width);
        Upper = upper;
        Middle = middle;
        Lower = lower;
        PercentB = percentB;
        Width = width;
    }

    public override double GetOutput(int index) => index switch
    {
        0 => Upper,
        1 => Middle,
        2 => Lower,
        3 => PercentB,
        4 => Width,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public override void Reset()
    {
        _window.Clear();
        _sum = 0;
        _sumOfSquares = 0;
        Upper = double.NaN;
        Middle = double.NaN;
        Lower = double.NaN;
        PercentB = double.NaN;
        Width = double.NaN;
    }
}
