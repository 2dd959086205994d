using System.Globalization;
using OrleansTrading.GrainInterfaces.Orders;
using OrleansTrading.GrainInterfaces.Positions;
using OrleansTrading.GrainInterfaces.Trades;
using OrleansTrading.Grains.Ledger.Queries;

namespace OrleansTrading.Grains.Ledger;

/// <summary>The dashboard queries over the in-memory rows: LINQ that mirrors the PostgreSQL ledger's SQL row for row.</summary>
public sealed partial class InMemoryTradeLedger
{
    public Task<TradePage> ListTradesAsync(TradeQuery query, CancellationToken cancellationToken)
    {
        var matching = Matching(query.Filter).ToList();
        matching.Sort(TradeOrder(query.SortField, query.Direction));
        IReadOnlyList<Trade> page = query.Offset >= matching.Count
            ? []
            : matching.Skip((int)query.Offset).Take(query.PageSize).ToArray();
        return Task.FromResult(new TradePage(page, matching.Count));
    }

    public Task<TradeAggregates> AggregateTradesAsync(TradeFilter filter, CancellationToken cancellationToken)
    {
        var matching = Matching(filter).ToArray();
        return Task.FromResult(new TradeAggregates
        {
            Overall = Tally(matching),
            ByDate = Groups(matching, t => ExchangeTime.DateOf(t.Timestamp).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            BySymbol = Groups(matching, t => t.Symbol),
            ByBot = Groups(matching, t => t.BotId),
        });
    }

    public Task<IReadOnlyList<Position>> ListPositionsAsync(PositionQuery query, CancellationToken cancellationToken)
    {
        var matching = _positions.Values.Where(p =>
            (query.BotId is null || string.Equals(p.BotId, query.BotId, StringComparison.Ordinal))
            && (query.Symbol is null || string.Equals(p.Symbol, query.Symbol, StringComparison.Ordinal))
            && query.Status switch
            {
                PositionStatusFilter.Open => p.IsOpen,
                PositionStatusFilter.Closed => !p.IsOpen,
                _ => true,
            }).ToList();
        matching.Sort(PositionOrder(query.SortBy, query.Direction));
        return Task.FromResult<IReadOnlyList<Position>>(matching);
    }

    public Task<LedgerSummary> GetSummaryAsync(DateTimeOffset dayStart, DateTimeOffset dayEnd, CancellationToken cancellationToken)
    {
        var trades = _trades.Values.ToArray();
        var open = _positions.Values.Where(p => p.IsOpen).ToArray();
        return Task.FromResult(new LedgerSummary
        {
            TotalPnl = trades.Sum(t => t.ProfitLoss ?? 0m),
            ClosingTrades = trades.Count(t => t.ProfitLoss is not null),
            WinningTrades = trades.Count(t => t.ProfitLoss > 0),
            TradesInDay = trades.Count(t => t.Timestamp >= dayStart && t.Timestamp < dayEnd),
            OpenPositions = open.Length,
            PositionsValue = open.Sum(p => p.CurrentPrice * p.Quantity),
        });
    }

    public Task<IReadOnlyList<OrderRecord>> ListOrdersAsync(string? botId, int limit, CancellationToken cancellationToken)
    {
        IReadOnlyList<OrderRecord> orders = _orders.Values
            .Where(o => botId is null || string.Equals(o.BotId, botId, StringComparison.Ordinal))
            .OrderByDescending(o => o.SubmittedAt)
            .ThenByDescending(o => o.ClientOrderId, StringComparer.Ordinal)
            .Take(Math.Max(0, limit))
            .ToArray();
        return Task.FromResult(orders);
    }

    private IEnumerable<Trade> Matching(TradeFilter filter) => _trades.Values.Where(t =>
        (filter.From is not { } from || t.Timestamp >= from)
        && (filter.To is not { } to || t.Timestamp < to)
        && (filter.BotId is null || string.Equals(t.BotId, filter.BotId, StringComparison.Ordinal))
        && (filter.Symbol is null || string.Equals(t.Symbol, filter.Symbol, StringComparison.Ordinal))
        && (filter.Side is not { } side || t.Type == side));

    private static PnlGroup[] Groups(IEnumerable<Trade> trades, Func<Trade, string> key) => trades
        .GroupBy(key, StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => new PnlGroup(g.Key, Tally(g.ToArray())))
        .ToArray();

    private static PnlTally Tally(Trade[] trades)
    {
        var closing = trades.Where(t => t.ProfitLoss is not null).Select(t => t.ProfitLoss!.Value).ToArray();
        return new PnlTally
        {
            Trades = trades.Length,
            ClosingTrades = closing.Length,
            Wins = closing.Count(p => p > 0),
            Losses = closing.Count(p => p < 0),
            TotalPnl = closing.Sum(),
            GrossProfit = closing.Where(p => p > 0).Sum(),
            GrossLoss = closing.Where(p => p < 0).Sum(),
            Best = closing.Length > 0 ? closing.Max() : null,
            Worst = closing.Length > 0 ? closing.Min() : null,
        };
    }

    private static Comparison<Trade> TradeOrder(TradeSortField field, SortDirection direction)
    {
        Comparison<Trade> byField = field switch
        {
            TradeSortField.Symbol => (a, b) => string.CompareOrdinal(a.Symbol, b.Symbol),
            // The stored codes "buy" < "sell" order exactly as the enum does.
            TradeSortField.Type => (a, b) => a.Type.CompareTo(b.Type),
            TradeSortField.Quantity => (a, b) => a.Quantity.CompareTo(b.Quantity),
            TradeSortField.Price => (a, b) => a.Price.CompareTo(b.Price),
            TradeSortField.ProfitLoss => (a, b) => Nullable.Compare(a.ProfitLoss, b.ProfitLoss),
            _ => (a, b) => a.Timestamp.CompareTo(b.Timestamp),
        };
        var sign = direction == SortDirection.Descending ? -1 : 1;
        return (a, b) =>
        {
            // NULLS LAST in both directions, as the SQL says explicitly.
            if (field == TradeSortField.ProfitLoss && (a.ProfitLoss is null) != (b.ProfitLoss is null))
            {
                return a.ProfitLoss is null ? 1 : -1;
            }
            var compared = byField(a, b);
            return sign * (compared != 0 ? compared : string.CompareOrdinal(a.Id, b.Id));
        };
    }

    private static Comparison<Position> PositionOrder(PositionSortField field, SortDirection direction)
    {
        Comparison<Position> byField = field switch
        {
            PositionSortField.Symbol => (a, b) => string.CompareOrdinal(a.Symbol, b.Symbol),
            PositionSortField.UnrealizedPnl => (a, b) => a.UnrealizedPnl.CompareTo(b.UnrealizedPnl),
            PositionSortField.EntryPrice => (a, b) => a.EntryPrice.CompareTo(b.EntryPrice),
            PositionSortField.CurrentPrice => (a, b) => a.CurrentPrice.CompareTo(b.CurrentPrice),
            _ => (a, b) => a.OpenedAt.CompareTo(b.OpenedAt),
        };
        var sign = direction == SortDirection.Descending ? -1 : 1;
        return (a, b) =>
        {
            var compared = byField(a, b);
            return sign * (compared != 0 ? compared : string.CompareOrdinal(a.Id, b.Id));
        };
    }
}
