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
    public decimal Apply(Fill fill)
    {
        if (!_positions.TryGetValue(fill.Symbol, out var position))
        {
            position = new PositionLedger(fill.Symbol);
            _positions[fill.Symbol] = position;
        }
        var realized = position.Apply(fill);
        Cash -= fill.CashOutflow;
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
