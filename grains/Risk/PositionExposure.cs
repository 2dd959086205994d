namespace OrleansTrading.Grains.Risk;

/// <summary>An open position as the risk manager sees it: size, cost basis and current mark. A value: a backtest builds one per open position on every risk check.</summary>
public readonly record struct PositionExposure(string Symbol, int Quantity, decimal AveragePrice, decimal MarketPrice)
{
    public decimal Cost => Quantity * AveragePrice;

    public decimal MarketValue => Quantity * MarketPrice;
}
