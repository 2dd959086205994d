namespace OrleansTrading.Grains.Indicators;

/// <summary>Incremental <see cref="Obv"/>.</summary>
public sealed class ObvState : IIndicatorState
{
    private static readonly string[] Names = ["obv"];
    private double _previousClose;

    public ObvState() => Reset();

    public int WarmupPeriod => 1;

    public bool IsReady { get; private set; }

    public IReadOnlyList<string> OutputNames => Names;

    /// <summary>The running total; NaN before the first bar.</summary>
    public double Value { get; private set; }

    public void Add(in Bar bar)
    {
        Value = IsReady ? Obv.Next(Value, _previousClose, bar.Close, bar.Volume) : 0;
        _previousClose = bar.Close;
        IsReady = true;
    }

    public double GetOutput(int index) => index == 0 ? Value : throw new ArgumentOutOfRangeException(nameof(index));

    public void Reset()
    {
        IsReady = false;
        _previousClose = 0;
        Value = double.NaN;
    }
}
