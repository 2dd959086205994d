namespace OrleansTrading.Grains.Backtesting;

/// <summary>
/// Counts spacings; a run of equal spacings (a session of minute bars, a week of daily bars) is counted in a
/// register and only folded into the dictionary when the spacing changes, so most bars cost no hashing.
/// </summary>
internal sealed class SpacingHistogram
{
    private readonly Dictionary<long, int> _counts = [];
    private long _runSpacing;
    private int _runLength;

    public void Add(long spacing)
    {
        if (spacing == _runSpacing)
        {
            _runLength++;
            return;
        }
        Flush();
        _runSpacing = spacing;
        _runLength = 1;
    }

    public Dictionary<long, int> Counts()
    {
        Flush();
        return _counts;
    }

    private void Flush()
    {
        if (_runLength > 0)
        {
            _counts[_runSpacing] = _counts.GetValueOrDefault(_runSpacing) + _runLength;
            _runLength = 0;
        }
    }
}
