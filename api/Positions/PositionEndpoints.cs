using OrleansTrading.Api.Bots;
using OrleansTrading.Api.Dashboard;
using OrleansTrading.Api.Problems;
using OrleansTrading.GrainInterfaces.Positions;
using OrleansTrading.Grains.Execution;
using OrleansTrading.Grains.Ledger;
using OrleansTrading.Grains.Ledger.Queries;

namespace OrleansTrading.Api.Positions;

/// <summary>Positions (seed 002, Phase 6): list, one position, manual close.</summary>
public static class PositionEndpoints
{
    public static RouteGroupBuilder MapPositions(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/positions").WithTags("Positions");
        group.MapGet("/", ListAsync).WithName("ListPositions")
            .WithSummary("Open positions (status=closed|all for the others), filtered by botId/symbol, sorted by sortBy/sortOrder.");
        group.MapGet("/{id}", GetAsync).WithName("GetPosition");
        group.MapPost("/{id}/close", CloseAsync).WithName("ClosePosition")
            .WithSummary("Sell the whole position through the bot's broker; 409 when it is already closed.");
        return group;
    }

    private static async Task<IResult> ListAsync(HttpRequest request, ILedgerQueries ledger, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = PositionQueryParser.Query(request.Query, errors);
        return errors.Any
            ? ApiProblems.Validation(errors.Errors)
            : TypedResults.Ok(await ledger.ListPositionsAsync(query, cancellationToken));
    }

    private static async Task<IResult> GetAsync(string id, ITradeLedger ledger, CancellationToken cancellationToken)
    {
        var position = await ledger.GetPositionAsync(id, cancellationToken);
        return position is null ? ApiProblems.NotFound($"No position has id '{id}'.", ApiErrorCodes.PositionNotFound) : TypedResults.Ok(position);
    }

    /// <remarks>
    /// The position grain owns the holding and does the selling (broker → sell trade → closed ledger row → events), so
    /// a manual close can never race a stop-loss into a second sale. The ledger row only names the grain; the grain's
    /// own book decides whether this very position is still open.
    /// </remarks>
    private static async Task<IResult> CloseAsync(string id, ITradeLedger ledger, IClusterClient client, TimeProvider time,
        ILogger<PositionCloseLog> logger, CancellationToken cancellationToken)
    {
        var row = await ledger.GetPositionAsync(id, cancellationToken);
        if (row is null)
        {
            return ApiProblems.NotFound($"No position has id '{id}'.", ApiErrorCodes.PositionNotFound);
        }
        if (!row.IsOpen)
        {
            return ApiProblems.Conflict($"Position '{id}' is already closed.", ApiErrorCodes.PositionClosed);
        }
        var grain = client.GetGrain<IPositionGrain>(PositionKeys.For(row.BotId, row.Symbol));
        var book = await grain.GetBookAsync();
        if (book.Open?.Id != id)
        {
            return ApiProblems.Conflict($"Position '{id}' is already closed.", ApiErrorCodes.PositionClosed);
        }
        var result = await grain.CloseAsync(new CloseCommand
        {
            ClientOrderId = ClientOrderIds.Derive(row.BotId, row.Symbol, time.GetUtcNow(), OrderSide.Sell),
            Reason = ExitReason.Manual,
        });
        PositionCloseLog.ClosedManually(logger, id, row.BotId, row.Symbol, result.Outcome);
        return result.Outcome switch
        {
            PositionCommandOutcome.Filled or PositionCommandOutcome.AlreadyApplied => TypedResults.Ok(new SuccessResponse(true)),
            PositionCommandOutcome.NotOpen => ApiProblems.Conflict($"Position '{id}' is already closed.", ApiErrorCodes.PositionClosed),
            _ => ApiProblems.Conflict(result.Message ?? $"The broker did not fill the closing order ({result.Outcome}).", ApiErrorCodes.CloseNotFilled),
        };
    }
}
