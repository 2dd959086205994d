using Microsoft.Extensions.Logging;
using OrleansTrading.GrainInterfaces.Positions;

namespace OrleansTrading.Grains.Positions;

internal static partial class PositionGrainLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Bot {BotId} bought {Quantity} {Symbol} at {Price} (order {ClientOrderId})")]
    public static partial void Bought(ILogger logger, string botId, string symbol, int quantity, decimal price, string clientOrderId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Bot {BotId} sold {Quantity} {Symbol} at {Price}, P&L {ProfitLoss} ({Reason})")]
    public static partial void Closed(ILogger logger, string botId, string symbol, int quantity, decimal price, decimal profitLoss, ExitReason reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Bot {BotId}: {Reason} exit of {Symbol} failed; the next price retries it")]
    public static partial void ExitFailed(ILogger logger, Exception exception, string botId, string symbol, ExitReason reason);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Bot {BotId} {Symbol}: completing order {ClientOrderId} that an earlier activation left in flight")]
    public static partial void Recovering(ILogger logger, string botId, string symbol, string clientOrderId);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Warning, Message = "Bot {BotId} {Symbol}: no indicator snapshot for the exit; the trade records only its reason")]
    public static partial void ExitSnapshotUnavailable(ILogger logger, string botId, string symbol, Exception exception);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "Bot {BotId} {Symbol}: position grain retired (the bot is being deleted)")]
    public static partial void Retired(ILogger logger, string botId, string symbol);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "Bot {BotId} {Symbol}: refused {Command} on a retired position grain (the bot was deleted)")]
    public static partial void RefusedRetired(ILogger logger, string botId, string symbol, string command);
}
