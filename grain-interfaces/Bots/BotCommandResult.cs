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
    [property: Id(3)] IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public bool Succeeded => Outcome == BotCommandOutcome.Succeeded;

    public static BotCommandResult Success(Bot bot) => new(BotCommandOutcome.Succeeded, bot);

    public static BotCommandResult NotFound(string botId) => new(BotCommandOutcome.NotFound, Message: $"Bot '{botId}' was not found.");

    public static BotCommandResult Conflict(string message) => new(BotCommandOutcome.Conflict, Message: message);

    public static BotCommandResult Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(BotCommandOutcome.Invalid, Message: "The bot configuration is invalid.", Errors: errors);
}
