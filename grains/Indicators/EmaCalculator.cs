namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// The incremental EMA recurrence over any value stream (closes, MACD line, …), exactly as <see cref="Ema.Over"/>.
/// A mutable struct so composite indicators embed it without allocating.
/// </summary>
public struct EmaCalculator
{
    private readonly double _k;
    private double _sum;

    public EmaCalculator(int period)
    {
        Period = IndicatorGuard.Period(period, nameof(period));
        _k = 2.0 / (period + 1);
        Count = 0;
        _sum = 0;
        Value = double.NaN;
    }

    public int Period { get; }

    /// <summary>Values seen so far.</summary>
    public int Count { get; private set; }

    /// <summary>The current EMA; NaN until <see cref="Period"/> values were added.</summary>
    public double Value { get; private set; }

    public readonly bool IsReady => Count >= Period;

    public double Add(double value)
    {
        if (Count < Period)
        {
            _sum += value;
            Count++;
            Value = Count == Period ? _sum / Period : double.NaN;
        }
        else
        {
            Value += _k * (value - Value);
        }
        return Value;
    }

    public void Reset()
    {
        Count = 0;
        _sum = 0;
        Value = double.NaN;
    }
}
