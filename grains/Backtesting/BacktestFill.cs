using OrleansTrading.Grains.Execution;

namespace OrleansTrading.Grains.Backtesting;

/// <summary>One execution in the run's ledger (a value, like <see cref="BacktestOrder"/>); money in decimal, net of nothing.</summary>
public readonly record struct BacktestFill(BacktestOrderId OrderId, OrderSide Side, int Quantity, decimal Price, decimal Commission, DateTimeOffset Timestamp)
{
    public string Symbol => OrderId.Symbol;

    public string ClientOrderId => OrderId.ToString();
}
