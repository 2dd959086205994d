namespace OrleansTrading.Grains.Execution;

/// <summary>One execution of (part of) an order: price and commission in money, quantity in whole shares.</summary>
public sealed record Fill(string ClientOrderId, string Symbol, OrderSide Side, int Quantity, decimal Price, decimal Commission, DateTimeOffset Timestamp)
{
    /// <summary>Cash paid (buy, positive) or received (sell, negative), commission included.</summary>
    public decimal CashOutflow => Side == OrderSide.Buy ? Quantity * Price + Commission : -(Quantity * Price) + Commission;
}
