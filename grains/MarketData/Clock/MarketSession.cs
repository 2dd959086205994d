namespace OrleansTrading.Grains.MarketData.Clock;

/// <summary>
/// One NYSE regular trading session: <see cref="Open"/> inclusive, <see cref="Close"/> exclusive, both in UTC so callers
/// compare instants without caring which side of a daylight-saving switch the exchange date falls on.
/// </summary>
/// <param name="Date">The exchange (America/New_York) calendar date of the session.</param>
/// <param name="Open">The opening bell (09:30 ET) as a UTC instant.</param>
/// <param name="Close">The closing bell (16:00 ET, or 13:00 ET on an early close) as a UTC instant.</param>
/// <param name="IsEarlyClose">True on the scheduled 13:00 ET half days.</param>
public sealed record MarketSession(DateOnly Date, DateTimeOffset Open, DateTimeOffset Close, bool IsEarlyClose)
{
    /// <summary>Whether the market is open at <paramref name="instant"/> in this session: [Open, Close).</summary>
    public bool Contains(DateTimeOffset instant) => instant >= Open && instant < Close;
}
