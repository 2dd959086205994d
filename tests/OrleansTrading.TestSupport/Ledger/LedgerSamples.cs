using OrleansTrading.GrainInterfaces.Alerts;
using OrleansTrading.GrainInterfaces.Orders;
using OrleansTrading.GrainInterfaces.Positions;
using OrleansTrading.GrainInterfaces.Trades;

namespace OrleansTrading.TestSupport.Ledger;

/// <summary>
/// Valid ledger rows for tests, every optional field set. Times are whole seconds and amounts have at most six
/// decimals: what <c>timestamptz</c> and <c>numeric(20, 6)</c> hold exactly, so both ledgers return the same values.
/// </summary>
public static class LedgerSamples
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 14, 30, 0, TimeSpan.Zero);

    public static DateTimeOffset At(int minutes) => T0.AddMinutes(minutes);

    public static Trade Trade(string id, string botId = "bot-a", int minute = 0) => new()
    {
        Id = id,
        BotId = botId,
        Symbol = "AAPL",
        Type = TradeSide.Sell,
        Quantity = 7,
        Price = 190.123456m,
        Timestamp = At(minute),
        IndicatorsSnapshot = """{"rsi": 71.25, "votes": {"sma_cross": -1, "macd": 1}, "reason": "take \"profit\"", "ready": true, "bands": [1.5, 2, null]}""",
        ProfitLoss = -12.5m,
        OrderId = $"order-{id}",
        Status = TradeStatus.Filled,
        Commission = 0.35m,
        Slippage = 0.000123m,
    };

    public static OrderRecord Order(string clientOrderId, string botId = "bot-a", int submittedMinute = 0) => new()
    {
        ClientOrderId = clientOrderId,
        BotId = botId,
        Symbol = "MSFT",
        Side = TradeSide.Buy,
        OrderType = OrderKind.StopLimit,
        Quantity = 12,
        LimitPrice = 410.25m,
        StopPrice = 409.5m,
        TimeInForce = "gtc",
        Status = OrderState.New,
        BrokerOrderId = null,
        FilledQuantity = 0,
        AverageFillPrice = null,
        SubmittedAt = At(submittedMinute),
        UpdatedAt = At(submittedMinute),
    };

    public static Position Position(string id, string botId = "bot-a", int openedMinute = 0) => new()
    {
        Id = id,
        BotId = botId,
        Symbol = "NVDA",
        Quantity = 3,
        EntryPrice = 880.5m,
        CurrentPrice = 885.25m,
        StopLossPrice = 860m,
        TakeProfitPrice = 920.75m,
        UnrealizedPnl = 14.25m,
        RealizedPnl = -0.99m,
        OpenedAt = At(openedMinute),
        ClosedAt = null,
        IsOpen = true,
    };

    public static EquitySnapshot Equity(string botId, int minute, decimal equity = 10_250.75m) => new()
    {
        BotId = botId,
        Timestamp = At(minute),
        Equity = equity,
        Cash = 4_000.5m,
        PositionsValue = equity - 4_000.5m,
    };

    public static Alert Alert(string id, string? botId = "bot-a", int minute = 0) => new()
    {
        Id = id,
        BotId = botId,
        Severity = AlertSeverity.Warning,
        Code = "daily_loss_limit",
        Message = "Daily loss limit reached; trading paused.",
        CreatedAt = At(minute),
        AcknowledgedAt = null,
    };
}
