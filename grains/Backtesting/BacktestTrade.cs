namespace OrleansTrading.Grains.Backtesting;

/// <summary>
/// One round trip: entry fill to exit fill. <see cref="Commission"/> is both fills' commissions and
/// <see cref="Pnl"/> is net of them: (exit − entry) × quantity − commission. A value, like <see cref="BacktestOrder"/>.
/// </summary>
public readonly record struct BacktestTrade(
    string Symbol,
    DateTimeOffset EntryTime,
    decimal EntryPrice,
    DateTimeOffset ExitTime,
    decimal ExitPrice,
    int Quantity,
    decimal Commission,
    decimal Pnl,
    ExitReason ExitReason);
