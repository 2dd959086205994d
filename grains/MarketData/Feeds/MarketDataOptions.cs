namespace OrleansTrading.Grains.MarketData.Feeds;

/// <summary>Which feed runs and how fast (configuration section <c>MarketData</c>).</summary>
public sealed class MarketDataOptions
{
    public const string SectionName = "MarketData";

    /// <summary><c>Simulated</c> (default) or <c>Replay</c>.</summary>
    public MarketDataFeedKind Feed { get; set; } = MarketDataFeedKind.Simulated;

    /// <summary>Wall-clock time between bars. Embedded mode defaults to one bar per second.</summary>
    public TimeSpan BarPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Market time one simulated bar stands for; scales its volatility (a 1-minute bar moves like one).</summary>
    public TimeSpan BarInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Seed of the simulated paths: the same seed gives every silo the same prices.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>Annualised volatility of simulated prices (0.3 = 30%).</summary>
    public double AnnualVolatility { get; set; } = 0.3;

    /// <summary>Completed bars a symbol grain keeps in memory (and backfills on activation).</summary>
    public int WindowSize { get; set; } = 500;

    /// <summary>Replay: directory of <c>SYMBOL.csv</c> files (<c>date,open,high,low,close,volume</c>).</summary>
    public string? ReplayDirectory { get; set; }

    /// <summary>Replay: the instant the first bar of every file plays; bars then follow every <see cref="BarPeriod"/>, looping.</summary>
    public DateTimeOffset ReplayStart { get; set; } = DateTimeOffset.UnixEpoch;
}
