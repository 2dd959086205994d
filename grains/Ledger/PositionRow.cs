using OrleansTrading.GrainInterfaces.Positions;

namespace OrleansTrading.Grains.Ledger;

/// <summary>A <c>positions</c> row as Dapper reads it (times as UTC <see cref="DateTime"/>).</summary>
internal sealed record PositionRow
{
    public string Id { get; init; } = "";
    public string Bot_Id { get; init; } = "";
    public string Symbol { get; init; } = "";
    public int Quantity { get; init; }
    public decimal Entry_Price { get; init; }
    public decimal Current_Price { get; init; }
    public decimal? Stop_Loss_Price { get; init; }
    public decimal? Take_Profit_Price { get; init; }
    public decimal Unrealized_Pnl { get; init; }
    public decimal Realized_Pnl { get; init; }
    public DateTime Opened_At { get; init; }
    public DateTime? Closed_At { get; init; }
    public bool Is_Open { get; init; }

    public Position ToPosition() => new()
    {
        Id = Id,
        BotId = Bot_Id,
        Symbol = Symbol,
        Quantity = Quantity,
        EntryPrice = Entry_Price,
        CurrentPrice = Current_Price,
        StopLossPrice = Stop_Loss_Price,
        TakeProfitPrice = Take_Profit_Price,
        UnrealizedPnl = Unrealized_Pnl,
        RealizedPnl = Realized_Pnl,
        OpenedAt = LedgerCodes.ToUtcOffset(Opened_At),
        ClosedAt = Closed_At is { } closedAt ? LedgerCodes.ToUtcOffset(closedAt) : null,
        IsOpen = Is_Open,
    };
}
