using OrleansTrading.GrainInterfaces.Orders;
using OrleansTrading.GrainInterfaces.Positions;

namespace OrleansTrading.Grains.Ledger.Queries;

/// <summary>
/// The dashboard's reads across all bots: filtered, sorted, paged lists and aggregates. PostgreSQL runs each one as
/// SQL on indexed columns; the in-memory ledger answers the same questions with the same results (one shared
/// contract suite checks both). Ties on the sort key are broken by the row id, ordinally, in the sort's direction.
/// </summary>
public interface ILedgerQueries
{
    /// <summary>One page of the matching trades and their total count; a page past the end is empty.</summary>
    Task<TradePage> ListTradesAsync(TradeQuery query, CancellationToken cancellationToken);

    /// <summary>Overall, per exchange date, per symbol and per bot tallies of the matching trades.</summary>
    Task<TradeAggregates> AggregateTradesAsync(TradeFilter filter, CancellationToken cancellationToken);

    /// <summary>The matching positions, sorted (no paging: a dashboard shows them all).</summary>
    Task<IReadOnlyList<Position>> ListPositionsAsync(PositionQuery query, CancellationToken cancellationToken);

    /// <summary>All-time P&amp;L and win counts, trades with <c>timestamp</c> in [<paramref name="dayStart"/>, <paramref name="dayEnd"/>), open positions.</summary>
    Task<LedgerSummary> GetSummaryAsync(DateTimeOffset dayStart, DateTimeOffset dayEnd, CancellationToken cancellationToken);

    /// <summary>Orders, newest <c>submitted_at</c> first (then client order id, descending); one bot's when given; at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<OrderRecord>> ListOrdersAsync(string? botId, int limit, CancellationToken cancellationToken);
}
