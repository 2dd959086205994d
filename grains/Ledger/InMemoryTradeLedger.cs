using System.Collections.Concurrent;
using OrleansTrading.GrainInterfaces.Alerts;
using OrleansTrading.GrainInterfaces.Orders;
using OrleansTrading.GrainInterfaces.Positions;
using OrleansTrading.GrainInterfaces.Trades;
using OrleansTrading.Grains.Ledger.Queries;

namespace OrleansTrading.Grains.Ledger;

/// <summary>The Embedded-mode ledger: process memory, gone at exit (the host says so loudly at start).</summary>
public sealed partial class InMemoryTradeLedger : ITradeLedger, ILedgerQueries
{
    private readonly ConcurrentDictionary<string, Trade> _trades = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, OrderRecord> _orders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Position> _positions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string BotId, DateTimeOffset Timestamp), EquitySnapshot> _equity = new();
    private readonly ConcurrentDictionary<string, Alert> _alerts = new(StringComparer.Ordinal);

    public Task RecordTradeAsync(Trade trade, CancellationToken cancellationToken)
    {
        _trades.TryAdd(trade.Id, trade);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Trade>> GetTradesByBotAsync(string botId, CancellationToken cancellationToken) =>
        BotRows(_trades.Values, botId, t => t.BotId, t => t.Timestamp, t => t.Id);

    public Task<Trade?> GetTradeAsync(string tradeId, CancellationToken cancellationToken) =>
        Task.FromResult(_trades.GetValueOrDefault(tradeId));

    public Task UpsertOrderAsync(OrderRecord order, CancellationToken cancellationToken)
    {
        // Only the broker's view of the order moves; its terms and submitted_at stay as first recorded.
        _orders.AddOrUpdate(order.ClientOrderId, order, (_, stored) =>
            stored.IsFinal || order.UpdatedAt < stored.UpdatedAt
                ? stored
                : stored with
                {
                    Status = order.Status,
                    BrokerOrderId = order.BrokerOrderId,
                    FilledQuantity = order.FilledQuantity,
                    AverageFillPrice = order.AverageFillPrice,
                    UpdatedAt = order.UpdatedAt,
                });
        return Task.CompletedTask;
    }

    public Task<OrderRecord?> GetOrderAsync(string clientOrderId, CancellationToken cancellationToken) =>
        Task.FromResult(_orders.GetValueOrDefault(clientOrderId));

    public Task<IReadOnlyList<OrderRecord>> GetOrdersByBotAsync(string botId, CancellationToken cancellationToken) =>
        BotRows(_orders.Values, botId, o => o.BotId, o => o.SubmittedAt, o => o.ClientOrderId);

    public Task UpsertPositionAsync(Position position, CancellationToken cancellationToken)
    {
        _positions.AddOrUpdate(position.Id, position, (_, stored) => !stored.IsOpen && position.IsOpen ? stored : position);
        return Task.CompletedTask;
    }

    public Task<Position?> GetPositionAsync(string positionId, CancellationToken cancellationToken) =>
        Task.FromResult(_positions.GetValueOrDefault(positionId));

    public Task<IReadOnlyList<Position>> GetPositionsByBotAsync(string botId, CancellationToken cancellationToken) =>
        BotRows(_positions.Values, botId, p => p.BotId, p => p.OpenedAt, p => p.Id);

    public Task RecordEquitySnapshotAsync(EquitySnapshot snapshot, CancellationToken cancellationToken)
    {
        _equity.TryAdd((snapshot.BotId, snapshot.Timestamp), snapshot);
        return Task.CompletedTask;
    }

    // The key (bot, timestamp) is unique, so the timestamp alone orders a bot's points.
    public Task<IReadOnlyList<EquitySnapshot>> GetEquitySnapshotsAsync(string botId, CancellationToken cancellationToken) =>
        BotRows(_equity.Values, botId, e => e.BotId, e => e.Timestamp, _ => "");

    public Task RecordAlertAsync(Alert alert, CancellationToken cancellationToken)
    {
        _alerts.TryAdd(alert.Id, alert);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Alert>> GetAlertsAsync(string? botId, int limit, CancellationToken cancellationToken)
    {
        IReadOnlyList<Alert> alerts = _alerts.Values
            .Where(a => botId is null || string.Equals(a.BotId, botId, StringComparison.Ordinal))
            .OrderByDescending(a => a.CreatedAt)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Take(Math.Max(0, limit))
            .ToArray();
        return Task.FromResult(alerts);
    }

    public Task<bool> AcknowledgeAlertAsync(string alertId, DateTimeOffset acknowledgedAt, CancellationToken cancellationToken)
    {
        while (_alerts.TryGetValue(alertId, out var stored))
        {
            if (stored.AcknowledgedAt is not null || _alerts.TryUpdate(alertId, stored with { AcknowledgedAt = acknowledgedAt }, stored))
            {
                return Task.FromResult(true);
            }
        }
        return Task.FromResult(false);
    }

    public Task<long> DeleteBotDataAsync(string botId, CancellationToken cancellationToken)
    {
        long removed = RemoveWhere(_trades, t => t.BotId == botId)
            + RemoveWhere(_orders, o => o.BotId == botId)
            + RemoveWhere(_positions, p => p.BotId == botId)
            + RemoveWhere(_equity, e => e.BotId == botId)
            + RemoveWhere(_alerts, a => a.BotId == botId);
        return Task.FromResult(removed);
    }

    /// <summary>One bot's rows, oldest first, ties broken by id in ordinal order (as the SQL ledger's <c>COLLATE "C"</c>).</summary>
    private static Task<IReadOnlyList<T>> BotRows<T>(IEnumerable<T> rows, string botId, Func<T, string?> bot,
        Func<T, DateTimeOffset> time, Func<T, string> id)
    {
        IReadOnlyList<T> result = rows
            .Where(r => string.Equals(bot(r), botId, StringComparison.Ordinal))
            .OrderBy(time)
            .ThenBy(id, StringComparer.Ordinal)
            .ToArray();
        return Task.FromResult(result);
    }

    private static long RemoveWhere<TKey, TValue>(ConcurrentDictionary<TKey, TValue> rows, Func<TValue, bool> belongsToBot)
        where TKey : notnull
    {
        long removed = 0;
        foreach (var (key, value) in rows)
        {
            if (belongsToBot(value) && rows.TryRemove(key, out _))
            {
                removed++;
            }
        }
        return removed;
    }
}
