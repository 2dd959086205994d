namespace OrleansTrading.Grains.Backtesting;

/// <summary>Why a position was closed (snake_case in artifacts: <c>signal</c>, <c>stop_loss</c>, …).</summary>
public enum ExitReason
{
    Signal,
    StopLoss,
    TakeProfit,
    EndOfData,
}
