namespace OrleansTrading.Grains.Ledger.Queries;

/// <summary>
/// Sums over a set of trades. Only closing trades (those with <c>profit_loss</c>) count toward P&amp;L, wins and
/// losses; a closing trade with exactly zero P&amp;L is neither a win nor a loss. Best and worst are null without
/// closing trades.
/// </summary>
public sealed record PnlTally
{
    public static PnlTally Empty { get; } = new();

    public long Trades { get; init; }
    public long ClosingTrades { get; init; }
    public long Wins { get; init; }
    public long Losses { get; init; }
    public decimal TotalPnl { get; init; }
    public decimal GrossProfit { get; init; }

    /// <summary>The sum of the losing trades' P&amp;L: zero or negative.</summary>
    public decimal GrossLoss { get; init; }

    public decimal? Best { get; init; }
    public decimal? Worst { get; init; }
}
