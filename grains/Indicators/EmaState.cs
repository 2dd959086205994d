namespace OrleansTrading.Grains.Indicators;

/// <summary>Incremental <see cref="Ema"/> of closes.</summary>
public sealed class EmaState(int period) : IIndicatorState
{
    private static readonly string[] Names = ["ema"];
    private SeededSmoother _ema = SeededSmoother.Ema(period);

    public int WarmupPeriod => _ema.Period;

    public bool IsReady => _ema.IsReady;

    public IReadOnlyList<string> OutputNames => Names;

    public double Value => _ema.Value;

    public void Add(in Bar bar) => _ema.Add(bar.Close);

    public double GetOutput(int index) => index == 0 ? Value : throw new ArgumentOutOfRangeException(nameof(index));

    public void Reset() => _ema.Reset();
}
