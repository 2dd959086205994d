using Microsoft.Extensions.Logging;

namespace OrleansTrading.Grains.Market;

internal static partial class SymbolGrainLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Symbol {Symbol}: backfilled {Bars} bar(s) from the {Feed} feed")]
    public static partial void Backfilled(ILogger logger, string symbol, int bars, string feed);
}
