namespace OrleansTrading.Grains.MarketData.Clock;

/// <summary>
/// The NYSE calendar as seen by the rest of the system: a snapshot for an instant, honouring
/// <see cref="MarketClockOptions.AlwaysOpen"/> (then sessions roll every <see cref="MarketClockOptions.AlwaysOpenSessionLength"/>). Pure: the caller supplies the instant (from a <see cref="TimeProvider"/>),
/// so tests and backtests ask about any time without waiting for it.
/// </summary>
public sealed class MarketClock(MarketClockOptions options)
{
    private readonly bool _alwaysOpen = options.AlwaysOpen;
    private readonly long _sessionTicks = options.AlwaysOpenSessionLength > TimeSpan.Zero
        ? options.AlwaysOpenSessionLength.Ticks
        : throw new ArgumentOutOfRangeException(nameof(options), options.AlwaysOpenSessionLength, "AlwaysOpenSessionLength must be positive.");

    /// <summary>The market state at <paramref name="instant"/>.</summary>
    public MarketClockSnapshot SnapshotAt(DateTimeOffset instant)
    {
        if (_alwaysOpen)
        {
            var sinceEpoch = instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
            var close = DateTimeOffset.UnixEpoch.AddTicks((sinceEpoch / _sessionTicks + 1) * _sessionTicks);
            return new MarketClockSnapshot(IsOpen: true, NextOpen: null, NextClose: close, TimeUntilClose: close - instant);
        }

        // The first session not yet closed either contains the instant or is the next one to open.
        var session = NyseCalendar.CurrentOrNextSession(instant);
        return session.Contains(instant)
            ? new MarketClockSnapshot(IsOpen: true, NextOpen: null, NextClose: session.Close, TimeUntilClose: session.Close - instant)
            : new MarketClockSnapshot(IsOpen: false, NextOpen: session.Open, NextClose: null, TimeUntilClose: null);
    }
}
