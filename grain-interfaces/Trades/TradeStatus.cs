namespace OrleansTrading.GrainInterfaces.Trades;

/// <summary>Execution state of a trade row, as the dashboard names it.</summary>
[GenerateSerializer, Alias("OrleansTrading.TradeStatus")]
public enum TradeStatus
{
    Pending = 0,
    Filled = 1,
    Cancelled = 2,
    Failed = 3,
}
