using OrleansTrading.GrainInterfaces.Trades;

namespace OrleansTrading.Grains.Ledger;

/// <summary>A <c>trades</c> row as Dapper reads it (codes as text, times as UTC <see cref="DateTime"/>).</summary>
internal sealed record TradeRow
{
    public string Id { get; init; } = "";
    public string Bot_Id { get; init; } = "";
    public string Symbol { get; init; } = "";
    public string Type { get; init; } = "";
    public int Quantity { get; init; }
    public decimal Price { get; init; }
    public DateTime Timestamp { get; init; }
    public string? Indicators_Snapshot { get; init; }
    public decimal? Profit_Loss { get; init; }
    public string? Order_Id { get; init; }
    public string Status { get; init; } = "";
    public decimal? Commission { get; init; }
    public decimal? Slippage { get; init; }

    public Trade ToTrade() => new()
    {
        Id = Id,
        BotId = Bot_Id,
        Symbol = Symbol,
        Type = LedgerCodes.ParseSide(Type),
        Quantity = Quantity,
        Price = Price,
        Timestamp = LedgerCodes.ToUtcOffset(Timestamp),
        IndicatorsSnapshot = Indicators_Snapshot,
        ProfitLoss = Profit_Loss,
        OrderId = Order_Id,
        Status = LedgerCodes.ParseStatus(Status),
        Commission = Commission,
        Slippage = Slippage,
    };
}
