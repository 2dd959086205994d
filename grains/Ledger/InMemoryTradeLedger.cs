using System.Collections.Concurrent;
using OrleansTrading.GrainInterfaces.Trades;

namespace OrleansTrading.Grains.Ledger;

/// <summary>The Embedded-mode ledger: process memory, gone at exit (the host says so loudly at start).</summary>
public sealed class InMemoryTradeLedger : ITradeLedger
{
    private readonly ConcurrentDictionary<string, Trade> _trades = new(StringComparer.Ordinal);

    public Task RecordTradeAsync(Trade trade, CancellationToken cancellationToken)
    {
        _trades.TryAdd(trade.Id, trade);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Trade>> GetTradesByBotAsync(string botId, CancellationToken cancellationToken)
    {
        IReadOnlyList<Trade> trades = _trades.Values
            .Where(t => string.Equals(t.BotId, botId, StringComparison.Ordinal))
            .OrderBy(t => t.Timestamp)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToArray();
        return Task.FromResult(trades);
    }

    public Task<long> DeleteBotDataAsync(string botId, CancellationToken cancellationToken)
    {
        long removed = 0;
        foreach (var trade in _trades.Values)
        {
            if (string.Equals(trade.BotId, botId, StringComparison.Ordinal) && _trades.TryRemove(trade.Id, out _))
            {
                removed++;
            }
        }
        return Task.FromResult(removed);
    }
}
