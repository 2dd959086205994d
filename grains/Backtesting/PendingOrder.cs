using OrleansTrading.Grains.Execution;

namespace OrleansTrading.Grains.Backtesting;

/// <summary>A market order decided at the close of bar <c>DecidedBar</c>, to fill at the symbol's next open.</summary>
internal readonly record struct PendingOrder(OrderSide Side, int Quantity, int DecidedBar);
