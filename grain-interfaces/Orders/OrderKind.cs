namespace OrleansTrading.GrainInterfaces.Orders;

/// <summary>Order type on the wire: <c>market</c>, <c>limit</c>, <c>stop</c>, <c>stop_limit</c>.</summary>
[GenerateSerializer, Alias("OrleansTrading.OrderKind")]
public enum OrderKind
{
    Market = 0,
    Limit = 1,
    Stop = 2,
    StopLimit = 3,
}
