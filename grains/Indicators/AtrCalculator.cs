namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// The incremental ATR over a bar stream, exactly as <see cref="Atr.Over"/>: true range from the second bar into a
/// <see cref="SeededSmoother"/> Wilder average. A mutable struct so Keltner and SuperTrend embed it without allocating.
/// </summary>
public struct AtrCalculator
{
    private SeededSmoother _average;
    private double _previousClose;
    private bool _hasPrevious;

    public AtrCalculator(int period)
    {
        _average = SeededSmoother.WilderAverage(period);
        _previousClose = double.NaN;
        _hasPrevious = false;
    }

    public readonly int Period => _average.Period;

    /// <summary>The current ATR; NaN until <c>Period + 1</c> bars were added.</summary>
    public readonly double Value => _average.Value;

    public readonly bool IsReady => _average.IsReady;

    public double Add(in Bar bar)
    {
        var value = _hasPrevious ? _average.Add(TrueRange.Of(bar.High, bar.Low, _previousClose)) : double.NaN;
        _previousClose = bar.Close;
        _hasPrevious = true;
        return value;
    }

    public void Reset()
    {
        _average.Reset();
        _previousClose = double.NaN;
        _hasPrevious = false;
    }
}
