using OrleansTrading.Grains.Execution;

namespace OrleansTrading.Grains.Backtesting;

/// <summary>
/// An order in the run's ledger: what was asked (market for signals and the end of data, stop for stop-loss exits,
/// limit for take-profit exits), why, and what became of it. A value, not an object: a busy run records hundreds of
/// thousands, and as objects they were most of the run's garbage-collection work.
/// </summary>
public readonly record struct BacktestOrder(
    BacktestOrderId Id,
    OrderSide Side,
    OrderType Type,
    int Quantity,
    decimal? StopPrice,
    decimal? LimitPrice,
    DateTimeOffset CreatedAt,
    ExitReason? ExitReason,
    BacktestOrderStatus Status,
    int FilledQuantity,
    string? RejectReason = null)
{
    public string Symbol => Id.Symbol;

    public string ClientOrderId => Id.ToString();
}
