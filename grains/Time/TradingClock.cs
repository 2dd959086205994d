namespace OrleansTrading.Grains.Time;

/// <summary>
/// The clock trading code reads: bar completion, market hours, order and trade timestamps, throttles. A separate
/// service from the host's <see cref="TimeProvider"/> on purpose: tests swap this one for a fake to drive markets
/// through days in milliseconds, while Orleans' own machinery (stream caches, timers, membership) keeps real time.
/// </summary>
public sealed class TradingClock(TimeProvider inner) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override long GetTimestamp() => inner.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);
}
