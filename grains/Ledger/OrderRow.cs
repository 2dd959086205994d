using OrleansTrading.GrainInterfaces.Orders;

namespace OrleansTrading.Grains.Ledger;

/// <summary>An <c>orders</c> row as Dapper reads it (codes as text, times as UTC <see cref="DateTime"/>).</summary>
internal sealed record OrderRow
{
    public string Client_Order_Id { get; init; } = "";
    public string Bot_Id { get; init; } = "";
    public string Symbol { get; init; } = "";
    public string Side { get; init; } = "";
    public string Order_Type { get; init; } = "";
    public int Quantity { get; init; }
    public decimal? Limit_Price { get; init; }
    public decimal? Stop_Price { get; init; }
    public string Time_In_Force { get; init; } = "";
    public string Status { get; init; } = "";
    public string? Broker_Order_Id { get; init; }
    public int Filled_Quantity { get; init; }
    public decimal? Avg_Fill_Price { get; init; }
    public DateTime Submitted_At { get; init; }
    public DateTime Updated_At { get; init; }

    public OrderRecord ToOrder() => new()
    {
        ClientOrderId = Client_Order_Id,
        BotId = Bot_Id,
        Symbol = Symbol,
        Side = LedgerCodes.ParseSide(Side),
        OrderType = LedgerCodes.ParseOrderKind(Order_Type),
        Quantity = Quantity,
        LimitPrice = Limit_Price,
        StopPrice = Stop_Price,
        TimeInForce = Time_In_Force,
        Status = LedgerCodes.ParseOrderState(Status),
        BrokerOrderId = Broker_Order_Id,
        FilledQuantity = Filled_Quantity,
        AverageFillPrice = Avg_Fill_Price,
        SubmittedAt = LedgerCodes.ToUtcOffset(Submitted_At),
        UpdatedAt = LedgerCodes.ToUtcOffset(Updated_At),
    };
}
