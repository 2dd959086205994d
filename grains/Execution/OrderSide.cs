namespace OrleansTrading.Grains.Execution;

public enum OrderSide
{
    Buy,
    Sell,
}
