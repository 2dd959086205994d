namespace OrleansTrading.Grains.Ledger.Queries;

/// <summary>The columns a trade list can be sorted by (the dashboard's <c>sortField</c> values).</summary>
public enum TradeSortField
{
    Timestamp = 0,
    Symbol = 1,
    Type = 2,
    Quantity = 3,
    Price = 4,

    /// <summary>Trades without P&amp;L (opening buys) sort last in either direction.</summary>
    ProfitLoss = 5,
}
