namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Detects, in an ascending stream of timestamps, the first one of each America/New_York calendar date (DST-correct:
/// the date changes at 05:00 UTC in winter and 04:00 UTC in summer). It converts time zones only when a timestamp
/// reaches the cached end of the current date, so the usual bar costs one comparison and no allocation.
/// </summary>
public struct NewYorkSessions
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private DateTimeOffset _sessionEnd;
    private bool _started;

    /// <summary>True when <paramref name="timestamp"/> starts a New York date (the first timestamp always does).</summary>
    public bool IsNewSession(DateTimeOffset timestamp)
    {
        if (_started && timestamp < _sessionEnd)
        {
            return false;
        }
        var nextMidnight = TimeZoneInfo.ConvertTime(timestamp, Zone).Date.AddDays(1);
        // Midnight is never skipped or repeated in New York (the clocks change at 02:00), so the offset is unambiguous.
        _sessionEnd = new DateTimeOffset(nextMidnight, Zone.GetUtcOffset(nextMidnight));
        _started = true;
        return true;
    }

    public void Reset() => _started = false;
}
