namespace OrleansTrading.Grains.MarketData.Clock;

/// <summary>Market-hours settings, bound from the <c>Market</c> configuration section.</summary>
public sealed class MarketClockOptions
{
    public const string SectionName = "Market";

    /// <summary>
    /// Treat the market as open around the clock (default false). For demos and simulated feeds that tick at night and
    /// on weekends; with it on, a snapshot has no next open or close because none is ever coming.
    /// </summary>
    public bool AlwaysOpen { get; set; }
}
