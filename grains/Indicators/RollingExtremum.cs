namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Highest (or lowest) of the last <c>period</c> values, for Stochastic, Williams %R and Donchian. Keeps the window
/// in a preallocated ring and the current extremum; only when the extremum itself leaves the window (and the new value
/// does not replace it) is the window rescanned. On price series that rescan is rare, so an update costs a compare or
/// two on average — measured faster than a monotonic deque at the periods bots use — and nothing is allocated.
/// </summary>
public sealed class RollingExtremum
{
    private readonly bool _maximum;
    private readonly double[] _window;
    private int _next;
    private int _count;
    private long _added;

    private RollingExtremum(int period, bool maximum)
    {
        Period = IndicatorGuard.Period(period, nameof(period));
        _maximum = maximum;
        _window = new double[period];
        Value = double.NaN;
    }

    public static RollingExtremum Max(int period) => new(period, maximum: true);

    public static RollingExtremum Min(int period) => new(period, maximum: false);

    public int Period { get; }

    /// <summary>True once <see cref="Period"/> values have been added.</summary>
    public bool IsFull => _added >= Period;

    /// <summary>The extremum of the values currently in the window (NaN before the first value).</summary>
    public double Value { get; private set; }

    public double Add(double value)
    {
        _added++;
        var full = _count == _window.Length;
        var evicted = full ? _window[_next] : double.NaN;
        _window[_next] = value;
        _next = _next + 1 == _window.Length ? 0 : _next + 1;
        if (!full)
        {
            _count++;
        }

        if (_count == 1 || (_maximum ? value >= Value : value <= Value))
        {
            Value = value;
        }
        else if (evicted == Value)
        {
            Value = Rescan();
        }
        return Value;
    }

    private double Rescan()
    {
        var window = _window.AsSpan(0, _count);
        var extremum = window[0];
        if (_maximum)
        {
            foreach (var v in window)
            {
                extremum = v > extremum ? v : extremum;
            }
        }
        else
        {
            foreach (var v in window)
            {
                extremum = v < extremum ? v : extremum;
            }
        }
        return extremum;
    }

    public void Reset()
    {
        _next = 0;
        _count = 0;
        _added = 0;
        Value = double.NaN;
    }
}
