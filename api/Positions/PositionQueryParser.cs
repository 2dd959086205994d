using OrleansTrading.Api.Dashboard;
using OrleansTrading.Grains.Ledger.Queries;

namespace OrleansTrading.Api.Positions;

/// <summary>
/// The query string of <c>GET /api/positions</c> (seed 002, Phase 6): <c>botId</c>, <c>symbol</c>, <c>sortBy</c>,
/// <c>sortOrder</c>, and the <c>status</c> extension (<c>open</c> by default, <c>closed</c>, <c>all</c>).
/// </summary>
public static class PositionQueryParser
{
    private static readonly IReadOnlyDictionary<string, PositionSortField> SortFields =
        new Dictionary<string, PositionSortField>(StringComparer.OrdinalIgnoreCase)
        {
            ["symbol"] = PositionSortField.Symbol,
            ["unrealized_pnl"] = PositionSortField.UnrealizedPnl,
            ["entry_price"] = PositionSortField.EntryPrice,
            ["current_price"] = PositionSortField.CurrentPrice,
            ["opened_at"] = PositionSortField.OpenedAt,
        };

    private static readonly IReadOnlyDictionary<string, PositionStatusFilter> Statuses =
        new Dictionary<string, PositionStatusFilter>(StringComparer.OrdinalIgnoreCase)
        {
            ["open"] = PositionStatusFilter.Open,
            ["closed"] = PositionStatusFilter.Closed,
            ["all"] = PositionStatusFilter.All,
        };

    public static PositionQuery Query(IQueryCollection query, QueryErrors errors) => new()
    {
        BotId = QueryErrors.Text(query, "botId"),
        Symbol = QueryErrors.Text(query, "symbol")?.ToUpperInvariant(),
        Status = errors.Choice(query, "status", Statuses, PositionStatusFilter.Open),
        SortBy = errors.Choice(query, "sortBy", SortFields, PositionSortField.OpenedAt),
        Direction = errors.Choice(query, "sortOrder", SortDirections.Choices, SortDirection.Descending),
    };
}
