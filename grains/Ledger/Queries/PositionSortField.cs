namespace OrleansTrading.Grains.Ledger.Queries;

/// <summary>The columns a position list can be sorted by (the dashboard's <c>sortBy</c> values).</summary>
public enum PositionSortField
{
    OpenedAt = 0,
    Symbol = 1,
    UnrealizedPnl = 2,
    EntryPrice = 3,
    CurrentPrice = 4,
}
