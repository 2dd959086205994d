namespace OrleansTrading.GrainInterfaces.Orders;

/// <summary>Where an order is in its life (Alpaca's names, snake_case on the wire).</summary>
[GenerateSerializer, Alias("OrleansTrading.OrderState")]
public enum OrderState
{
    New = 0,
    PartiallyFilled = 1,
    Filled = 2,
    Cancelled = 3,
    Rejected = 4,
    Expired = 5,
}
