namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Highest (or lowest) of the last <c>period</c> values in amortised O(1) per value, by a monotonic deque kept in
/// preallocated arrays (no allocation after construction). Stochastic, Williams %R and Donchian use it.
/// </summary>
public sealed class RollingExtremum
{
    private readonly bool _maximum;
    private readonly double[] _values;
    private readonly long[] _positions;
    private int _head;
    private int _count;
    private long _added;

    private RollingExtremum(int period, bool maximum)
    {
        Period = IndicatorGuard.Period(period, nameof(period));
        _maximum = maximum;
        _values = new double[period];
        _positions = new long[period];
    }

    public static RollingExtremum Max(int period) => new(period, maximum: true);

    public static RollingExtremum Min(int period) => new(period, maximum: false);

    public int Period { get; }

    /// <summary>True once <see cref="Period"/> values have been added.</summary>
    public bool IsFull => _added >= Period;

    /// <summary>The extremum of the values currently in the window (NaN before the first value).</summary>
    public double Value => _count == 0 ? double.NaN : _values[_head];

    public double Add(double value)
    {
        var position = _added++;
        // Drop the front when it left the window.
        if (_count > 0 && _positions[_head] <= position - Period)
        {
            _head = (_head + 1) % Period;
            _count--;
        }
        // Drop from the back every value the new one dominates; they can never be the extremum again.
        while (_count > 0)
        {
            var back = (_head + _count - 1) % Period;
            if (_maximum ? _values[back] > value : _values[back] < value)
            {
                break;
            }
            _count--;
        }
        var slot = (_head + _count) % Period;
        _values[slot] = value;
        _positions[slot] = position;
        _count++;
        return _values[_head];
    }

    public void Reset()
    {
        _head = 0;
        _count = 0;
        _added = 0;
    }
}
