namespace OrleansTrading.Grains.Backtesting;

/// <summary>A backtest input (configuration, data, settings) that cannot be used; the message says which and why.</summary>
public sealed class BacktestInputException(string message) : Exception(message);
