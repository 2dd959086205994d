namespace OrleansTrading.Grains.MarketData.Clock;

/// <summary>
/// Whether the market is open at one instant, with only the fields that mean something in that state: a closed
/// market has a <see cref="NextOpen"/>, an open one a <see cref="NextClose"/> and <see cref="TimeUntilClose"/>, and an
/// always-open market none of them.
/// </summary>
public sealed record MarketClockSnapshot(bool IsOpen, DateTimeOffset? NextOpen, DateTimeOffset? NextClose, TimeSpan? TimeUntilClose);
