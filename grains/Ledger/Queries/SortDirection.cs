namespace OrleansTrading.Grains.Ledger.Queries;

/// <summary>Order of a sorted list; the tie-break on the row id runs in the same direction.</summary>
public enum SortDirection
{
    Ascending = 0,
    Descending = 1,
}
