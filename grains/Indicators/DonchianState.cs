namespace OrleansTrading.Grains.Indicators;

/// <summary>Incremental <see cref="Donchian"/>: amortised O(1) per bar, no allocation after construction.</summary>
public sealed class DonchianState : IndicatorState
{
    private static readonly string[] Names = ["donchian_upper", "donchian_middle", "donchian_lower"];
    private readonly RollingRange _range;

    public DonchianState(int period = 20)
    {
        Period = IndicatorGuard.Period(period, nameof(period));
        _range = new RollingRange(period);
    }

    public int Period { get; }

    public override int WarmupPeriod => Period;

    public override bool IsReady => _range.IsFull;

    public override IReadOnlyList<string> OutputNames => Names;

    /// <summary>Highest high of the window; NaN until ready.</summary>
    public double Upper => IsReady ? _range.Highest : double.NaN;

    /// <summary>Lowest low of the window; NaN until ready.</summary>
    public double Lower => IsReady ? _range.Lowest : double.NaN;

    /// <summary>Midpoint of the channel; NaN until ready.</summary>
    public double Middle => IsReady ? (_range.Highest + _range.Lowest) / 2 : double.NaN;

    public override void Add(in Bar bar)
    {
        _range.Add(bar.High, bar.Low);
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
        _range.Reset();
    }
}
