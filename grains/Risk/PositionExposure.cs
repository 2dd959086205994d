namespace OrleansTrading.Grains.Risk;

/// <summary>An open position as the risk manager sees it: size, cost basis and current mark.</summary>
public sealed record PositionExposure(string Symbol, int Quantity, decimal AveragePrice, decimal MarketPrice)
{
    public decimal Cost => Quantity * AveragePrice;

    public decimal MarketValue => Quantity * MarketPrice;
}
