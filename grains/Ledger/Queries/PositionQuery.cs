namespace OrleansTrading.Grains.Ledger.Queries;

/// <summary>A filtered, sorted position list; a null bot or symbol does not filter.</summary>
public sealed record PositionQuery
{
    public string? BotId { get; init; }
    public string? Symbol { get; init; }
    public PositionStatusFilter Status { get; init; } = PositionStatusFilter.Open;
    public PositionSortField SortBy { get; init; } = PositionSortField.OpenedAt;
    public SortDirection Direction { get; init; } = SortDirection.Descending;
}
