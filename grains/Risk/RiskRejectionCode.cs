namespace OrleansTrading.Grains.Risk;

/// <summary>Machine-readable reasons a pre-trade check refused an order (snake_case on the wire).</summary>
public enum RiskRejectionCode
{
    MarketClosed,
    OutsideTradingWindow,
    KillSwitchActive,
    DrawdownLimitTripped,
    DailyLossLimitReached,
    MaxConcurrentPositions,
    PositionSizeZero,
    InsufficientCapital,
    SymbolNotionalCapReached,
    GrossExposureCapReached,
    AlreadyInPosition,
    NoPositionToSell,
    InvalidPrice,
}
