namespace OrleansTrading.Grains.Ledger.Queries;

/// <summary>Which positions a list shows: open ones (the dashboard's default), closed ones, or both.</summary>
public enum PositionStatusFilter
{
    Open = 0,
    Closed = 1,
    All = 2,
}
