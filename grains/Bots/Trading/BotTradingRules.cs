using OrleansTrading.Grains.Risk;

namespace OrleansTrading.Grains.Bots.Trading;

/// <summary>The bot-level halts (daily loss, drawdown) and limits of the trading cycle, as pure decisions.</summary>
public static class BotTradingRules
{
    /// <summary>Failing cycles in a row that put a bot in <c>error</c>.</summary>
    public const int MaxConsecutiveErrors = 5;

    public const string DailyLossHalt = "daily_loss_limit";
    public const string DrawdownHalt = "drawdown_limit";
    public const string KillSwitchHalt = "kill_switch";

    /// <summary>True when the session's loss reached <c>capital × max_daily_loss%</c>.</summary>
    public static bool DailyLossReached(RiskLimits limits, decimal sessionPnl) =>
        sessionPnl < 0 && -sessionPnl >= limits.Capital * limits.MaxDailyLossPercent / 100m;

    /// <summary>
    /// The halt that applies now, most severe first: a tripped drawdown stays until the bot is restarted; a daily-loss
    /// halt lasts for the session it tripped in; the kill switch lasts while it is on.
    /// </summary>
    public static (string? Reason, DateOnly? Session) CurrentHalt(bool drawdownTripped, bool dailyLossReached, DateOnly session,
        string? previousReason, DateOnly? previousSession, bool killSwitchActive)
    {
        if (drawdownTripped)
        {
            return (DrawdownHalt, null);
        }
        if (dailyLossReached || (previousReason == DailyLossHalt && previousSession == session))
        {
            return (DailyLossHalt, session);
        }
        return killSwitchActive ? (KillSwitchHalt, null) : (null, null);
    }
}
