using OrleansTrading.Grains.Execution;

namespace OrleansTrading.Grains.Backtesting;

/// <summary>A market order decided at a bar's close, to fill at the symbol's next open.</summary>
internal readonly record struct PendingOrder(OrderSide Side, int Quantity, DateTimeOffset DecidedAt);
