namespace OrleansTrading.Grains.Ledger.Queries;

/// <summary>One page of a filtered, sorted trade list. Pages are 1-based.</summary>
public sealed record TradeQuery
{
    public TradeFilter Filter { get; init; } = TradeFilter.All;
    public TradeSortField SortField { get; init; } = TradeSortField.Timestamp;
    public SortDirection Direction { get; init; } = SortDirection.Descending;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;

    /// <summary>Rows before this page; a long, since page × pageSize can pass <see cref="int.MaxValue"/>.</summary>
    public long Offset => (long)(Page - 1) * PageSize;
}
