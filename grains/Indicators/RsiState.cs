namespace OrleansTrading.Grains.Indicators;

/// <summary>Incremental <see cref="Rsi"/>: O(1) per bar, no allocation.</summary>
public sealed class RsiState : IndicatorState
{
    private static readonly string[] Names = ["rsi"];
    private int _count;
    private double _previousClose;
    private double _averageGain;
    private double _averageLoss;

    public RsiState(int period = 14)
    {
        Period = IndicatorGuard.Period(period, nameof(period), minimum: 2);
        Value = double.NaN;
    }

    public int Period { get; }

    public override int WarmupPeriod => Period + 1;

    public override bool IsReady => _count > Period;

    public override IReadOnlyList<string> OutputNames => Names;

    /// <summary>The current RSI; NaN until ready.</summary>
    public double Value { get; private set; }

    public override void Add(in Bar bar)
    {
        var close = bar.Close;
        if (_count == 0)
        {
            _previousClose = close;
            _count = 1;
            return;
        }
        var change = close - _previousClose;
        _previousClose = close;
        var gain = change > 0 ? change : 0.0;
        var loss = change < 0 ? -change : 0.0;
        if (_count <= Period)
        {
            _averageGain += gain;
            _averageLoss += loss;
            if (_count == Period)
            {
                _averageGain /= Period;
                _averageLoss /= Period;
                Value = Rsi.FromAverages(_averageGain, _averageLoss);
            }
            // Counts bars only up to the first valid one, so it cannot overflow on endless streams.
            _count++;
        }
        else
        {
            _averageGain = (_averageGain * (Period - 1) + gain) / Period;
            _averageLoss = (_averageLoss * (Period - 1) + loss) / Period;
            Value = Rsi.FromAverages(_averageGain, _averageLoss);
        }
    }

    public override double GetOutput(int index) => index == 0 ? Value : throw new ArgumentOutOfRangeException(nameof(index));

    public override void Reset()
    {
        _count = 0;
        _previousClose = 0;
        _averageGain = 0;
        _averageLoss = 0;
        Value = double.NaN;
    }
}
