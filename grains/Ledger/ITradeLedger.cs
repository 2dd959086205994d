using OrleansTrading.GrainInterfaces.Trades;

namespace OrleansTrading.Grains.Ledger;

/// <summary>
/// The relational record of what bots did (trades, orders, positions, equity, alerts). PostgreSQL in Cluster
/// mode, in memory in Embedded mode; both honour the same contract, checked by one shared test suite.
/// </summary>
public interface ITradeLedger
{
    /// <summary>Stores a trade. Idempotent by trade id: recording the same id again changes nothing.</summary>
    Task RecordTradeAsync(Trade trade, CancellationToken cancellationToken);

    /// <summary>A bot's trades, oldest first.</summary>
    Task<IReadOnlyList<Trade>> GetTradesByBotAsync(string botId, CancellationToken cancellationToken);

    /// <summary>Removes every ledger row that belongs to the bot; returns how many rows went.</summary>
    Task<long> DeleteBotDataAsync(string botId, CancellationToken cancellationToken);
}
