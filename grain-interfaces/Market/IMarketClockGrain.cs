namespace OrleansTrading.GrainInterfaces.Market;

/// <summary>The exchange clock (key <see cref="Key"/>): open or closed now, next open and close; emits <c>market_status_changed</c>.</summary>
[Alias("OrleansTrading.IMarketClockGrain")]
public interface IMarketClockGrain : IGrainWithStringKey
{
    /// <summary>The only key: US equities (NYSE calendar).</summary>
    const string Key = "us-equities";

    [Alias("GetStatusAsync")]
    Task<MarketStatus> GetStatusAsync();
}
