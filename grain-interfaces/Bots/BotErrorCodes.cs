namespace OrleansTrading.GrainInterfaces.Bots;

/// <summary>
/// The stable machine-readable reasons a bot command is refused; the api returns them as a problem's
/// <c>error_code</c>, so dashboards can branch on them instead of parsing the human <c>detail</c>.
/// </summary>
public static class BotErrorCodes
{
    public const string NotFound = "bot_not_found";

    /// <summary>The command has no transition from the bot's status (e.g. pausing a stopped bot).</summary>
    public const string IllegalTransition = "illegal_transition";

    /// <summary>Delete asked of a bot that is not stopped.</summary>
    public const string NotStopped = "bot_not_stopped";

    /// <summary>Delete asked of a bot that still holds positions, without <c>?flatten=true</c>.</summary>
    public const string HasOpenPositions = "bot_has_open_positions";

    /// <summary>A <c>?flatten=true</c> delete whose sale failed or rests unfilled; nothing more was deleted.</summary>
    public const string FlattenFailed = "flatten_failed";

    public const string AlreadyExists = "bot_already_exists";

    public const string ValidationFailed = "validation_failed";
}
