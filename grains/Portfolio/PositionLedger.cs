using OrleansTrading.Grains.Execution;

namespace OrleansTrading.Grains.Portfolio;

/// <summary>
/// Long position accounting for one symbol. Average price is the volume-weighted cost of the shares held
/// (commissions excluded); realized P&amp;L is net of every commission paid (entry and exit), so
/// realized + unrealized is the position's whole P&amp;L after costs.
/// </summary>
public sealed class PositionLedger(string symbol)
{
    public string Symbol { get; } = symbol;
    public int Quantity { get; private set; }
    public decimal AveragePrice { get; private set; }
    public decimal RealizedPnl { get; private set; }
    public decimal CommissionsPaid { get; private set; }

    public bool IsOpen => Quantity > 0;

    /// <summary>Applies a fill; returns the P&amp;L it realized (for sells: price move on the shares sold, minus its commission).</summary>
    public decimal Apply(Fill fill)
    {
        if (!string.Equals(fill.Symbol, Symbol, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Fill for {fill.Symbol} applied to the {Symbol} position.", nameof(fill));
        }
        return Apply(fill.Side, fill.Quantity, fill.Price, fill.Commission);
    }

    /// <summary><see cref="Apply(Fill)"/> for a fill of this symbol given by its parts.</summary>
    public decimal Apply(OrderSide side, int quantity, decimal price, decimal commission)
    {
        CommissionsPaid += commission;
        decimal realized;
        if (side == OrderSide.Buy)
        {
            // From flat the average is the price itself: no division (the common case), and no rounding of price × quantity.
            AveragePrice = Quantity == 0 ? price : (AveragePrice * Quantity + price * quantity) / (Quantity + quantity);
            Quantity += quantity;
            realized = -commission;
        }
        else
        {
            if (quantity > Quantity)
            {
                throw new InvalidOperationException($"Cannot sell {quantity} {Symbol}: only {Quantity} held (long only).");
            }
            realized = (price - AveragePrice) * quantity - commission;
            Quantity -= quantity;
            if (Quantity == 0)
            {
                AveragePrice = 0;
            }
        }
        RealizedPnl += realized;
        return realized;
    }

    public decimal UnrealizedPnl(decimal marketPrice) => (marketPrice - AveragePrice) * Quantity;

    public decimal MarketValue(decimal marketPrice) => marketPrice * Quantity;
}
