namespace OrleansTrading.Grains.Indicators;

/// <summary>Incremental <see cref="Vwap"/>: O(1) per bar, no allocation after construction.</summary>
public sealed class VwapState(bool? sessionReset = null) : IndicatorState
{
    private static readonly string[] Names = ["vwap"];
    private NewYorkSessions _sessions;
    private bool _resets = sessionReset ?? false;
    private int _count;
    private DateTimeOffset _firstTimestamp;
    private double _priceVolume;
    private double _volume;

    /// <summary>The configured mode; null = decided from the first two bars (see <see cref="Vwap"/>).</summary>
    public bool? SessionReset { get; } = sessionReset;

    /// <summary>Whether the sums restart each New York date (in auto mode, settled at the second bar).</summary>
    public bool ResetsEachSession => _resets;

    public override int WarmupPeriod => 1;

    /// <summary>False until the session has volume.</summary>
    public override bool IsReady => _volume > 0;

    public override IReadOnlyList<string> OutputNames => Names;

    /// <summary>The current VWAP; NaN while the session has no volume.</summary>
    public double Value => _volume > 0 ? _priceVolume / _volume : double.NaN;

    public override void Add(in Bar bar)
    {
        if (_count == 0)
        {
            // Track the first bar's New York date even before auto mode has decided: the second bar may start a new one.
            _ = _sessions.IsNewSession(bar.Timestamp);
            _firstTimestamp = bar.Timestamp;
            _count = 1;
        }
        else
        {
            if (_count == 1)
            {
                _resets = SessionReset ?? Vwap.IsIntraday(_firstTimestamp, bar.Timestamp);
                _count = 2;
            }
            if (_resets && _sessions.IsNewSession(bar.Timestamp))
            {
                _priceVolume = 0;
                _volume = 0;
            }
        }
        _priceVolume += TypicalPrice.Of(bar) * bar.Volume;
        _volume += bar.Volume;
    }

    public override double GetOutput(int index) => index == 0 ? Value : throw new ArgumentOutOfRangeException(nameof(index));

    public override void Reset()
    {
        _sessions.Reset();
        _resets = SessionReset ?? false;
        _count = 0;
        _priceVolume = 0;
        _volume = 0;
    }
}
