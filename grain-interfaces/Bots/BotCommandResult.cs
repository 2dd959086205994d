namespace OrleansTrading.GrainInterfaces.Bots;

/// <summary>
/// The result of a bot command. Expected refusals (unknown bot, illegal transition, invalid configuration) are
/// values, not exceptions, so callers can map them without catching.
/// </summary>
[GenerateSerializer, Immutable, Alias("OrleansTrading.BotCommandResult")]
public sealed record BotCommandResult(
    [property: Id(0)] BotCommandOutcome Outcome,
    [property: Id(1)] Bot? Bot = null,
    [property: Id(2)] string? Message = null,
    [property: Id(3)] IReadOnlyDictionary<string, string[]>? Errors = null,
    [property: Id(4)] string? ErrorCode = null)
{
    public bool Succeeded => Outcome == BotCommandOutcome.Succeeded;

    public static BotCommandResult Success(Bot bot) => new(BotCommandOutcome.Succeeded, bot);

    public static BotCommandResult NotFound(string botId) =>
        new(BotCommandOutcome.NotFound, Message: $"Bot '{botId}' was not found.", ErrorCode: BotErrorCodes.NotFound);

    /// <summary>A refusal that the bot's current state causes; <paramref name="errorCode"/> is one of <see cref="BotErrorCodes"/>.</summary>
    public static BotCommandResult Conflict(string message, string errorCode = BotErrorCodes.IllegalTransition) =>
        new(BotCommandOutcome.Conflict, Message: message, ErrorCode: errorCode);

    public static BotCommandResult Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(BotCommandOutcome.Invalid, Message: "The bot configuration is invalid.", Errors: errors, ErrorCode: BotErrorCodes.ValidationFailed);
}
