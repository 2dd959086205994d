using Microsoft.Extensions.Logging;
using OrleansTrading.GrainInterfaces.Bots;

namespace OrleansTrading.Grains.Bots;

internal static partial class BotGrainLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Bot {BotId} created ({Name}, {SymbolCount} symbols)")]
    public static partial void Created(ILogger logger, string botId, string name, int symbolCount);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Bot {BotId} status {From} -> {To}")]
    public static partial void StatusChanged(ILogger logger, string botId, BotStatus from, BotStatus to);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Bot {BotId} configuration replaced")]
    public static partial void Updated(ILogger logger, string botId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Bot {BotId} deleted with {LedgerRows} ledger rows")]
    public static partial void Deleted(ILogger logger, string botId, long ledgerRows);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Bot {BotId} resumed trading after activation")]
    public static partial void Resumed(ILogger logger, string botId);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Bot {BotId} cycle failed ({ConsecutiveErrors} in a row): {Error}")]
    public static partial void CycleFailed(ILogger logger, string botId, int consecutiveErrors, string error);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Bot {BotId} halted new positions: {Reason}")]
    public static partial void Halted(ILogger logger, string botId, string reason);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Debug, Message = "Bot {BotId} cycle: {NewBars} new bar(s), {Orders} order(s), refused: {Rejections}")]
    public static partial void Cycle(ILogger logger, string botId, int newBars, int orders, IReadOnlyList<string> rejections);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Warning, Message = "Bot {BotId} not deleted: flattening {Symbol} did not complete ({Reason})")]
    public static partial void FlattenFailed(ILogger logger, string botId, string symbol, string reason);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Warning, Message = "Bot {BotId} not deleted: flattening {Symbol} failed")]
    public static partial void FlattenThrew(ILogger logger, Exception exception, string botId, string symbol);
}
