namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Wilder's running total (the "TR14", "+DM14" columns of his directional movement worksheet): the first value is the
/// sum of the first <c>period</c> inputs, then <c>total = total − total / period + x</c>. A mutable struct shared by
/// the ADX batch and incremental code.
/// </summary>
public struct WilderSum
{
    private double _sum;

    public WilderSum(int period)
    {
        Period = IndicatorGuard.Period(period, nameof(period));
        Count = 0;
        _sum = 0;
        Value = double.NaN;
    }

    public int Period { get; }

    /// <summary>Inputs seen so far, counted up to <see cref="Period"/>.</summary>
    public int Count { get; private set; }

    /// <summary>The current total; NaN until <see cref="Period"/> inputs were added.</summary>
    public double Value { get; private set; }

    public readonly bool IsReady => Count >= Period;

    public double Add(double value)
    {
        if (Count < Period)
        {
            _sum += value;
            Count++;
            if (Count == Period)
            {
                Value = _sum;
            }
        }
        else
        {
            Value = Value - Value / Period + value;
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
