namespace OrleansTrading.Grains.Indicators;

/// <summary>Incremental <see cref="Obv"/>.</summary>
public sealed class ObvState : IndicatorState
{
    private bool _isReady;
    private static readonly string[] Names = ["obv"];
    private double _previousClose;

    public ObvState() => Reset();

    public override int WarmupPeriod => 1;

    public override bool IsReady => _isReady;

    public override IReadOnlyList<string> OutputNames => Names;

    /// <summary>The running total; NaN before the first bar.</summary>
    public double Value { get; private set; }

    public override void Add(in Bar bar)
    {
        Value = IsReady ? Obv.Next(Value, _previousClose, bar.Close, bar.Volume) : 0;
        _previousClose = bar.Close;
        _isReady = true;
    }

    public override double GetOutput(int index) => index == 0 ? Value : throw new ArgumentOutOfRangeException(nameof(index));

    public override void Reset()
    {
        _isReady = false;
        _previousClose = 0;
        Value = double.NaN;
    }
}
