using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.GrainInterfaces.Positions;

namespace OrleansTrading.Grains.Bots;

/// <summary>
/// The rules of deleting a bot (issue 17). A bot with an open position is not deleted: its position grain would go on
/// marking prices and exiting at its stop, writing rows for a bot that no longer exists. The caller closes the positions
/// first, or asks the delete to flatten them; only when every pair is flat are the position grains retired, and only
/// then are the ledger rows deleted (the sells of a flatten included: every row of the bot goes).
/// </summary>
public static class BotDeletion
{
    /// <summary>
    /// The symbols whose position grains the bot may have used: the configured ones and any the ledger has a position
    /// in (a symbol dropped from the configuration may still hold one). Ordinal order, each once.
    /// </summary>
    public static IReadOnlyList<string> PositionSymbols(BotConfig config, IEnumerable<Position> ledgerPositions) =>
        config.Symbols.Concat(ledgerPositions.Select(p => p.Symbol))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>The refusal of a delete while positions are open (without <c>flatten</c>).</summary>
    public static string OpenPositionsRefusal(string botId, IReadOnlyList<string> openSymbols) =>
        $"Bot '{botId}' has open positions in {string.Join(", ", openSymbols)}; close them first or delete with ?flatten=true.";

    /// <summary>Whether a flatten's sale left the pair flat: filled now, filled by an earlier attempt, or nothing to sell.</summary>
    public static bool LeftFlat(PositionCommandOutcome outcome) =>
        outcome is PositionCommandOutcome.Filled or PositionCommandOutcome.AlreadyApplied or PositionCommandOutcome.NotOpen;

    /// <summary>The refusal of a flattening delete whose sale of <paramref name="symbol"/> did not fill.</summary>
    public static string FlattenRefusal(string botId, string symbol, string reason) =>
        $"Bot '{botId}' was not deleted: closing its {symbol} position did not complete ({reason}).";

    /// <summary>The refusal to create a bot under the id of a deleted one (its retired position grains would refuse every order).</summary>
    public static string DeletedIdRefusal(string botId) =>
        $"Bot '{botId}' was deleted; a deleted bot's id is never reused.";
}
