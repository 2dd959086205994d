using OrleansTrading.Api.Dashboard;
using OrleansTrading.Api.Problems;
using OrleansTrading.Grains.Ledger;
using OrleansTrading.Grains.Ledger.Queries;

namespace OrleansTrading.Api.Trades;

/// <summary>Trade history (seed 002, Phase 5): filtered, sorted, paged list; statistics; one trade.</summary>
public static class TradeEndpoints
{
    public static RouteGroupBuilder MapTrades(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/trades").WithTags("Trades");
        group.MapGet("/", ListAsync).WithName("ListTrades")
            .WithSummary("Trades filtered by dateRange/botId/symbol/type, sorted by sortField/sortDirection, one page (page, pageSize ≤ 99999).");
        group.MapGet("/stats", StatsAsync).WithName("GetTradeStats").WithSummary("TradeStats over the trades the same filters select.");
        group.MapGet("/{id}", GetAsync).WithName("GetTrade");
        return group;
    }

    private static async Task<IResult> ListAsync(HttpRequest request, ILedgerQueries ledger, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = TradeQueryParser.Query(request.Query, time.GetUtcNow(), errors);
        if (errors.Any)
        {
            return ApiProblems.Validation(errors.Errors);
        }
        var page = await ledger.ListTradesAsync(query, cancellationToken);
        var totalPages = (page.TotalItems + query.PageSize - 1) / query.PageSize;
        return TypedResults.Ok(new TradeListResponse(page.Trades, new TradePagination(query.Page, query.PageSize, page.TotalItems, totalPages)));
    }

    private static async Task<IResult> StatsAsync(HttpRequest request, ILedgerQueries ledger, IClusterClient client, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var filter = TradeQueryParser.Filter(request.Query, time.GetUtcNow(), errors);
        if (errors.Any)
        {
            return ApiProblems.Validation(errors.Errors);
        }
        var aggregates = await ledger.AggregateTradesAsync(filter, cancellationToken);
        var bots = await BotDirectory.ListAsync(client);
        return TypedResults.Ok(TradeStatsCalculator.From(aggregates, BotDirectory.Names(bots)));
    }

    private static async Task<IResult> GetAsync(string id, ITradeLedger ledger, CancellationToken cancellationToken)
    {
        var trade = await ledger.GetTradeAsync(id, cancellationToken);
        return trade is null ? ApiProblems.NotFound($"No trade has id '{id}'.", ApiErrorCodes.TradeNotFound) : TypedResults.Ok(trade);
    }
}
