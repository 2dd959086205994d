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
        CommissionsPaid += fill.Commission;
        decimal realized;
        if (fill.Side == OrderSide.Buy)
        {
            AveragePrice = (AveragePrice * Quantity + fill.Price * fill.Quantity) / (Quantity + fill.Quantity);
            Quantity += fill.Quantity;
            realized = -fill.Commission;
        }
        else
        {
            if (fill.Quantity > Quantity)
            {
                throw new InvalidOperationException($"Cannot sell {fill.Quantity} {Symbol}: only {Quantity} held (long only).");
            }
            realized = (fill.Price - AveragePrice) * fill.Quantity - fill.Commission;
            Quantity -= fill.Quantity;
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
