namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Wilder's moving average seeded with a plain mean: the first value is the mean of the first <c>period</c> inputs,
/// then <c>value = (value × (period − 1) + x) / period</c>. ATR and the ADX line use it; batch and incremental code
/// share it so they perform the same floating-point operations. A mutable struct, so it embeds without allocating.
/// </summary>
public struct WilderAverage
{
    private double _sum;

    public WilderAverage(int period)
    {
        Period = IndicatorGuard.Period(period, nameof(period));
        Count = 0;
        _sum = 0;
        Value = double.NaN;
    }

    public int Period { get; }

    /// <summary>Inputs seen so far, counted up to <see cref="Period"/>.</summary>
    public int Count { get; private set; }

    /// <summary>The current average; NaN until <see cref="Period"/> inputs were added.</summary>
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
                Value = _sum / Period;
            }
        }
        else
        {
            Value = (Value * (Period - 1) + value) / Period;
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
