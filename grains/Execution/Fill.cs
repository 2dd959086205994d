namespace OrleansTrading.Grains.Execution;

/// <summary>One execution of (part of) an order: price and commission in money, quantity in whole shares.</summary>
public sealed record Fill(string ClientOrderId, string Symbol, OrderSide Side, int Quantity, decimal Price, decimal Commission, DateTimeOffset Timestamp)
{
    /// <summary>Cash paid (buy, positive) or received (sell, negative), commission included.</summary>
    public decimal CashOutflow => CashOutflowOf(Side, Quantity, Price, Commission);

    /// <summary><see cref="CashOutflow"/> of a fill given by its parts.</summary>
    public static decimal CashOutflowOf(OrderSide side, int quantity, decimal price, decimal commission) =>
        side == OrderSide.Buy ? quantity * price + commission : -(quantity * price) + commission;
}
