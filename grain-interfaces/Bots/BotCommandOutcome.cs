namespace OrleansTrading.GrainInterfaces.Bots;

/// <summary>How a bot command ended; the API maps each to an HTTP status (200, 404, 409, 422).</summary>
[GenerateSerializer, Alias("OrleansTrading.BotCommandOutcome")]
public enum BotCommandOutcome
{
    Succeeded = 0,
    NotFound = 1,
    Conflict = 2,
    Invalid = 3,
}
