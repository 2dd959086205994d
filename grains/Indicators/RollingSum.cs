namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// The sum of the last <c>period</c> values, kept as a running sum (add the new value, subtract the one leaving).
/// It also counts the non-zero values in the window and, when there are none, sets the sum to exactly 0: otherwise
/// the rounding residue of the additions and subtractions would survive and turn "no flow" into a tiny non-zero one.
/// Allocated once; adding never allocates.
/// </summary>
public sealed class RollingSum(int period)
{
    private readonly RingBuffer _window = new(IndicatorGuard.Period(period, nameof(period)));
    private int _nonZero;

    public int Period => _window.Capacity;

    /// <summary>True once <see cref="Period"/> values have been added.</summary>
    public bool IsFull => _window.IsFull;

    public double Sum { get; private set; }

    public double Add(double value)
    {
        Sum += value;
        if (value != 0)
        {
            _nonZero++;
        }
        var evicted = _window.Add(value);
        if (!double.IsNaN(evicted))
        {
            Sum -= evicted;
            if (evicted != 0)
            {
                _nonZero--;
            }
        }
        if (_nonZero == 0)
        {
            Sum = 0;
        }
        return Sum;
    }

    public void Clear()
    {
        _window.Clear();
        _nonZero = 0;
        Sum = 0;
    }
}
