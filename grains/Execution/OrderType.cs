namespace OrleansTrading.Grains.Execution;

public enum OrderType
{
    Market,
    Limit,
    Stop,
    StopLimit,
}
