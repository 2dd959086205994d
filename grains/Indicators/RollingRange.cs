namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Highest high and lowest low of the last <c>period</c> bars (Stochastic, Williams %R, Donchian). Keeps the window
/// in preallocated rings and the current extremes; a side is rescanned only when its extreme leaves the window and the
/// new value does not replace it, which on price series is rare, so an update is a few compares on average. Measured
/// faster than monotonic deques at the periods bots use, and one index update serves both sides. Never allocates.
/// </summary>
public sealed class RollingRange
{
    private readonly double[] _highs;
    private readonly double[] _lows;
    private int _next;
    private int _count;

    public RollingRange(int period)
    {
        Period = IndicatorGuard.Period(period, nameof(period));
        _highs = new double[period];
        _lows = new double[period];
        Reset();
    }

    public int Period { get; }

    public bool IsFull => _count == Period;

    public double Highest { get; private set; }

    public double Lowest { get; private set; }

    public void Add(double high, double low)
    {
        var full = _count == Period;
        var slot = _next;
        var leavingHigh = full ? _highs[slot] : double.NaN;
        var leavingLow = full ? _lows[slot] : double.NaN;
        _highs[slot] = high;
        _lows[slot] = low;
        _next = slot + 1 == Period ? 0 : slot + 1;
        if (!full)
        {
            _count++;
        }
        if (_count == 1 || high >= Highest)
        {
            Highest = high;
        }
        else if (leavingHigh == Highest)
        {
            Highest = Max(_highs.AsSpan(0, _count));
        }
        if (_count == 1 || low <= Lowest)
        {
            Lowest = low;
        }
        else if (leavingLow == Lowest)
        {
            Lowest = Min(_lows.AsSpan(0, _count));
        }
    }

    public void Reset()
    {
        _next = 0;
        _count = 0;
        Highest = double.NaN;
        Lowest = double.NaN;
    }

    private static double Max(ReadOnlySpan<double> values)
    {
        var max = values[0];
        foreach (var v in values)
        {
            max = v > max ? v : max;
        }
        return max;
    }

    private static double Min(ReadOnlySpan<double> values)
    {
        var min = values[0];
        foreach (var v in values)
        {
            min = v < min ? v : min;
        }
        return min;
    }
}
