namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// The smoothing recurrences that start from the first <c>period</c> inputs (their mean or sum) and then update in
/// O(1): EMA, Wilder's average and Wilder's running total. Batch and incremental code share it, so both perform the
/// same floating-point operations; a mutable struct so indicators embed it without allocating.
/// </summary>
public struct SeededSmoother
{
    private readonly SmoothingKind _kind;
    private readonly double _k;
    private double _sum;

    public SeededSmoother(int period, SmoothingKind kind)
    {
        Period = IndicatorGuard.Period(period, nameof(period));
        _kind = kind;
        _k = 2.0 / (period + 1);
        Count = 0;
        _sum = 0;
        Value = double.NaN;
    }

    public static SeededSmoother Ema(int period) => new(period, SmoothingKind.Exponential);

    public static SeededSmoother WilderAverage(int period) => new(period, SmoothingKind.WilderAverage);

    public static SeededSmoother WilderSum(int period) => new(period, SmoothingKind.WilderSum);

    public int Period { get; }

    /// <summary>Inputs seen so far, counted up to <see cref="Period"/>.</summary>
    public int Count { get; private set; }

    /// <summary>The current value; NaN until <see cref="Period"/> inputs were added.</summary>
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
                Value = _kind == SmoothingKind.WilderSum ? _sum : _sum / Period;
            }
        }
        else
        {
            Value = _kind switch
            {
                SmoothingKind.Exponential => Value + _k * (value - Value),
                SmoothingKind.WilderAverage => (Value * (Period - 1) + value) / Period,
                _ => Value - Value / Period + value,
            };
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
