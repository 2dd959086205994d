using OrleansTrading.Grains.Ledger.Queries;

namespace OrleansTrading.Grains.Ledger;

/// <summary>The single row of the summary query.</summary>
internal sealed record LedgerSummaryRow
{
    public decimal Total_Pnl { get; init; }
    public long Closing_Trades { get; init; }
    public long Winning_Trades { get; init; }
    public long Trades_In_Day { get; init; }
    public long Open_Positions { get; init; }
    public decimal Positions_Value { get; init; }

    public LedgerSummary ToSummary() => new()
    {
        TotalPnl = Total_Pnl,
        ClosingTrades = Closing_Trades,
        WinningTrades = Winning_Trades,
        TradesInDay = Trades_In_Day,
        OpenPositions = Open_Positions,
        PositionsValue = Positions_Value,
    };
}
