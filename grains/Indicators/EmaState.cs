namespace OrleansTrading.Grains.Indicators;

/// <summary>Incremental <see cref="Ema"/> of closes.</summary>
public sealed class EmaState(int period) : IndicatorState
{
    private static readonly string[] Names = ["ema"];
    private SeededSmoother _ema = SeededSmoother.Ema(period);

    public override int WarmupPeriod => _ema.Period;

    public override bool IsReady => _ema.IsReady;

    public override IReadOnlyList<string> OutputNames => Names;

    public double Value => _ema.Value;

    public override void Add(in Bar bar) => _ema.Add(bar.Close);

    public override double GetOutput(int index) => index == 0 ? Value : throw new ArgumentOutOfRangeException(nameof(index));

    public override void Reset() => _ema.Reset();
}
