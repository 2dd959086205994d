namespace OrleansTrading.Grains.Ledger.Queries;

/// <summary>The ledger's part of the dashboard summary: all-time closing P&amp;L, one day's trade count, open positions.</summary>
public sealed record LedgerSummary
{
    public required decimal TotalPnl { get; init; }
    public required long ClosingTrades { get; init; }
    public required long WinningTrades { get; init; }

    /// <summary>Trades in the day window the caller asked for (the exchange's today).</summary>
    public required long TradesInDay { get; init; }

    public required long OpenPositions { get; init; }

    /// <summary>Σ current_price × quantity over open positions.</summary>
    public required decimal PositionsValue { get; init; }
}
