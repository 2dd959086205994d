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
    ExitReason ExitReason)
{
    /// <summary>The <see cref="Pnl"/> of a round trip: (exit − entry) × quantity − both commissions.</summary>
    public static decimal NetPnl(decimal entryPrice, decimal exitPrice, int quantity, decimal entryCommission, decimal exitCommission) =>
        (exitPrice - entryPrice) * quantity - entryCommission - exitCommission;
}
