namespace OrleansTrading.Grains.Backtesting;

public enum BacktestOrderStatus
{
    Filled,

    /// <summary>Cash could not pay for a single share at the fill.</summary>
    Rejected,
}
