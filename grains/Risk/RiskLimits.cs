using OrleansTrading.GrainInterfaces.Bots;

namespace OrleansTrading.Grains.Risk;

/// <summary>
/// A bot's risk rules in the form the risk manager uses. Percentages are 0–100 (as configured); optional caps are
/// null when not set.
/// </summary>
public sealed record RiskLimits(
    decimal Capital,
    decimal StopLossPercent,
    decimal TakeProfitPercent,
    decimal MaxPositionSizePercent,
    decimal MaxDailyLossPercent,
    int? MaxConcurrentPositions = null,
    decimal? MaxSymbolNotional = null,
    decimal? MaxGrossExposurePercent = null,
    decimal? MaxDrawdownPercent = null)
{
    public static RiskLimits From(BotConfig config) => new(
        config.Capital,
        config.RiskManagement.StopLoss,
        config.RiskManagement.TakeProfit,
        config.RiskManagement.MaxPositionSize,
        config.RiskManagement.MaxDailyLoss,
        config.RiskManagement.MaxConcurrentPositions,
        config.RiskManagement.MaxSymbolNotional,
        config.RiskManagement.MaxGrossExposure,
        config.RiskManagement.MaxDrawdown);
}
