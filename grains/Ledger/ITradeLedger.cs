using OrleansTrading.GrainInterfaces.Alerts;
using OrleansTrading.GrainInterfaces.Orders;
using OrleansTrading.GrainInterfaces.Positions;
using OrleansTrading.GrainInterfaces.Trades;

namespace OrleansTrading.Grains.Ledger;

/// <summary>
/// The relational record of what bots did (trades, orders, positions, equity, alerts). PostgreSQL in Cluster
/// mode, in memory in Embedded mode; both honour the same contract, checked by one shared test suite.
/// Every write is idempotent by the row's key, so a retried cycle or a replayed message never duplicates a row.
/// </summary>
public interface ITradeLedger
{
    /// <summary>Stores a trade. Idempotent by trade id: recording the same id again changes nothing.</summary>
    Task RecordTradeAsync(Trade trade, CancellationToken cancellationToken);

    /// <summary>A bot's trades, oldest first (timestamp, then id).</summary>
    Task<IReadOnlyList<Trade>> GetTradesByBotAsync(string botId, CancellationToken cancellationToken);

    /// <summary>One trade, or null.</summary>
    Task<Trade?> GetTradeAsync(string tradeId, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts the order, or updates the stored one with the same client order id when <paramref name="order"/> is
    /// newer (status, broker id, filled quantity, average price, updated_at). A final order (filled, cancelled,
    /// rejected, expired) is never changed again, and a write with an older <c>updated_at</c> never overwrites a newer one.
    /// </summary>
    Task UpsertOrderAsync(OrderRecord order, CancellationToken cancellationToken);

    /// <summary>One order by client order id, or null.</summary>
    Task<OrderRecord?> GetOrderAsync(string clientOrderId, CancellationToken cancellationToken);

    /// <summary>A bot's orders, oldest <c>submitted_at</c> first (then client order id).</summary>
    Task<IReadOnlyList<OrderRecord>> GetOrdersByBotAsync(string botId, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts or replaces the read-model row of a position (by id). A closed row is never re-opened by a late
    /// write: once <c>is_open</c> is false, only another closed state may replace it.
    /// </summary>
    Task UpsertPositionAsync(Position position, CancellationToken cancellationToken);

    /// <summary>One position, or null.</summary>
    Task<Position?> GetPositionAsync(string positionId, CancellationToken cancellationToken);

    /// <summary>A bot's positions (open and closed), oldest <c>opened_at</c> first (then id).</summary>
    Task<IReadOnlyList<Position>> GetPositionsByBotAsync(string botId, CancellationToken cancellationToken);

    /// <summary>Stores an equity point. Idempotent by (bot, timestamp): the first value written for an instant stays.</summary>
    Task RecordEquitySnapshotAsync(EquitySnapshot snapshot, CancellationToken cancellationToken);

    /// <summary>A bot's equity points, oldest first.</summary>
    Task<IReadOnlyList<EquitySnapshot>> GetEquitySnapshotsAsync(string botId, CancellationToken cancellationToken);

    /// <summary>Stores an alert. Idempotent by alert id.</summary>
    Task RecordAlertAsync(Alert alert, CancellationToken cancellationToken);

    /// <summary>Alerts, newest first (then id); a bot's only when <paramref name="botId"/> is given; at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Alert>> GetAlertsAsync(string? botId, int limit, CancellationToken cancellationToken);

    /// <summary>Marks an alert acknowledged (first acknowledgement wins); false when no alert has that id.</summary>
    Task<bool> AcknowledgeAlertAsync(string alertId, DateTimeOffset acknowledgedAt, CancellationToken cancellationToken);

    /// <summary>Removes every ledger row that belongs to the bot; returns how many rows went.</summary>
    Task<long> DeleteBotDataAsync(string botId, CancellationToken cancellationToken);
}
