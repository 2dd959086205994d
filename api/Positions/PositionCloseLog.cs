using OrleansTrading.GrainInterfaces.Positions;

namespace OrleansTrading.Api.Positions;

/// <summary>Log messages of manual position closes (also the category of their logger).</summary>
public sealed partial class PositionCloseLog
{
    private PositionCloseLog()
    {
    }

    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "Manual close of position {PositionId} ({BotId} {Symbol}): {Outcome}")]
    public static partial void ClosedManually(ILogger logger, string positionId, string botId, string symbol, PositionCommandOutcome outcome);
}
