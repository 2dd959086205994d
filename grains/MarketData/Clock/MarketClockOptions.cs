namespace OrleansTrading.Grains.MarketData.Clock;

/// <summary>Market-hours settings, bound from the <c>Market</c> configuration section.</summary>
public sealed class MarketClockOptions
{
    public const string SectionName = "Market";

    /// <summary>
    /// Treat the market as open around the clock (default false). For demos and simulated feeds that tick at night and
    /// on weekends. Such a market still has sessions, of <see cref="AlwaysOpenSessionLength"/>, so the dashboard has a
    /// next close to count down to and <c>market_status_changed</c> fires as one session rolls into the next.
    /// </summary>
    public bool AlwaysOpen { get; set; }

    /// <summary>
    /// The length of an always-open market's rolling sessions, back to back from the Unix epoch (default 6.5 hours, a
    /// regular NYSE session). Embedded mode sets 6 min 30 s: 390 of the demo's one-second bars, one simulated session.
    /// </summary>
    public TimeSpan AlwaysOpenSessionLength { get; set; } = TimeSpan.FromHours(6.5);
}
