using OrleansTrading.Grains.Execution;

namespace OrleansTrading.Grains.Backtesting;

/// <summary>
/// An order in the run's ledger: what was asked (<see cref="Order"/>: market for signals and the end of data, stop
/// for stop-loss exits, limit for take-profit exits), why, and what became of it.
/// </summary>
public sealed record BacktestOrder(Order Order, ExitReason? ExitReason, BacktestOrderStatus Status, int FilledQuantity, string? RejectReason = null);
