using OrleansTrading.Api.Bots;
using OrleansTrading.Api.Dashboard;
using OrleansTrading.Api.Problems;
using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.Grains.Ledger;
using OrleansTrading.Grains.Ledger.Queries;

namespace OrleansTrading.Api.Operations;

/// <summary>The DESIGN §9 additions for operators: orders, alerts (+ acknowledge) and the global kill switch.</summary>
public static class OperationsEndpoints
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public static IEndpointRouteBuilder MapOperations(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api").WithTags("Operations");
        api.MapGet("/orders", OrdersAsync).WithName("ListOrders").WithSummary("Orders, newest first; botId filters, limit ≤ 1000 (default 100).");
        api.MapGet("/alerts", AlertsAsync).WithName("ListAlerts").WithSummary("Alerts, newest first; botId filters, limit ≤ 1000 (default 100).");
        api.MapPost("/alerts/{id}/acknowledge", AcknowledgeAsync).WithName("AcknowledgeAlert");
        api.MapGet("/controls/kill-switch", GetKillSwitchAsync).WithName("GetKillSwitch");
        api.MapPost("/controls/kill-switch", SetKillSwitchAsync).WithName("SetKillSwitch")
            .WithSummary("Body {\"active\": bool, \"flatten\": bool}: while active no bot opens a position; flatten also sells every open position.");
        return routes;
    }

    private static async Task<IResult> OrdersAsync(HttpRequest request, ILedgerQueries ledger, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var limit = errors.WholeNumber(request.Query, "limit", DefaultLimit, 1, MaxLimit);
        return errors.Any
            ? ApiProblems.Validation(errors.Errors)
            : TypedResults.Ok(await ledger.ListOrdersAsync(QueryErrors.Text(request.Query, "botId"), limit, cancellationToken));
    }

    private static async Task<IResult> AlertsAsync(HttpRequest request, ITradeLedger ledger, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var limit = errors.WholeNumber(request.Query, "limit", DefaultLimit, 1, MaxLimit);
        return errors.Any
            ? ApiProblems.Validation(errors.Errors)
            : TypedResults.Ok(await ledger.GetAlertsAsync(QueryErrors.Text(request.Query, "botId"), limit, cancellationToken));
    }

    private static async Task<IResult> AcknowledgeAsync(string id, ITradeLedger ledger, TimeProvider time, CancellationToken cancellationToken) =>
        await ledger.AcknowledgeAlertAsync(id, time.GetUtcNow(), cancellationToken)
            ? TypedResults.Ok(new SuccessResponse(true))
            : ApiProblems.NotFound($"No alert has id '{id}'.", ApiErrorCodes.AlertNotFound);

    private static async Task<IResult> GetKillSwitchAsync(IClusterClient client) =>
        TypedResults.Ok(await Registry(client).GetKillSwitchAsync());

    private static async Task<IResult> SetKillSwitchAsync(KillSwitchRequest request, IClusterClient client)
    {
        if (request.Active is not { } active)
        {
            return ApiProblems.Invalid("active", "active is required (true or false).");
        }
        return TypedResults.Ok(await Registry(client).SetKillSwitchAsync(active, request.Flatten ?? false));
    }

    private static IBotRegistryGrain Registry(IClusterClient client) => client.GetGrain<IBotRegistryGrain>(IBotRegistryGrain.Key);
}
