namespace OrleansTrading.Grains.MarketData.Clock;

/// <summary>
/// Whether the market is open at one instant, with only the fields that mean something in that state: a closed
/// market has a <see cref="NextOpen"/>, an open one a <see cref="NextClose"/> and <see cref="TimeUntilClose"/>.
/// </summary>
public sealed record MarketClockSnapshot(bool IsOpen, DateTimeOffset? NextOpen, DateTimeOffset? NextClose, TimeSpan? TimeUntilClose)
{
    /// <summary>
    /// Whether this snapshot is another market state than <paramref name="previous"/>: the market opened or closed, or
    /// an always-open market rolled into its next session (same state, a later close).
    /// </summary>
    public bool ChangedFrom(MarketClockSnapshot? previous) =>
        previous is not null && (previous.IsOpen != IsOpen || IsOpen && previous.NextClose != NextClose);
}
