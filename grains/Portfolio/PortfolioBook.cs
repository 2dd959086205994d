using OrleansTrading.Grains.Execution;

namespace OrleansTrading.Grains.Portfolio;

/// <summary>Cash and positions of one account (a bot or a backtest): equity = cash + Σ quantity × mark.</summary>
public sealed class PortfolioBook(decimal startingCash)
{
    private readonly Dictionary<string, PositionLedger> _positions = new(StringComparer.Ordinal);

    public decimal Cash { get; private set; } = startingCash;

    public IReadOnlyCollection<PositionLedger> Positions => _positions.Values;

    public PositionLedger? Find(string symbol) => _positions.GetValueOrDefault(symbol);

    /// <summary>Applies a fill to cash and to the symbol's position; returns the P&amp;L it realized.</summary>
    public decimal Apply(Fill fill) => Apply(fill.Symbol, fill.Side, fill.Quantity, fill.Price, fill.Commission);

    /// <summary><see cref="Apply(Fill)"/> for a fill given by its parts (backtests keep fills as values, not objects).</summary>
    public decimal Apply(string symbol, OrderSide side, int quantity, decimal price, decimal commission)
    {
        if (!_positions.TryGetValue(symbol, out var position))
        {
            position = new PositionLedger(symbol);
            _positions[symbol] = position;
        }
        var realized = position.Apply(side, quantity, price, commission);
        Cash -= Fill.CashOutflowOf(side, quantity, price, commission);
        return realized;
    }

    /// <summary>Equity marked with <paramref name="markPrice"/> (a symbol's last price).</summary>
    public decimal Equity(Func<string, decimal> markPrice)
    {
        var equity = Cash;
        foreach (var position in _positions.Values)
        {
            if (position.IsOpen)
            {
                equity += position.MarketValue(markPrice(position.Symbol));
            }
        }
        return equity;
    }
}
