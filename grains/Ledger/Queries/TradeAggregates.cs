namespace OrleansTrading.Grains.Ledger.Queries;

/// <summary>
/// The raw material of trade statistics and analytics, aggregated where the trades live. Dates are exchange dates
/// (America/New_York), ascending; symbols and bots are in ordinal key order.
/// </summary>
public sealed record TradeAggregates
{
    public required PnlTally Overall { get; init; }
    public required IReadOnlyList<PnlGroup> ByDate { get; init; }
    public required IReadOnlyList<PnlGroup> BySymbol { get; init; }
    public required IReadOnlyList<PnlGroup> ByBot { get; init; }
}
