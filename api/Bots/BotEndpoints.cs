using Microsoft.AspNetCore.Http.HttpResults;
using OrleansTrading.Api.Problems;
using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.Grains.Bots.Validation;

namespace OrleansTrading.Api.Bots;

/// <summary>The dashboard's eight bot endpoints (seed 002, Phase 4).</summary>
public static class BotEndpoints
{
    public static RouteGroupBuilder MapBots(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/bots").WithTags("Bots");
        group.MapGet("/", ListAsync).WithName("ListBots").WithSummary("All bots, newest created_at first.");
        group.MapPost("/", CreateAsync).WithName("CreateBot").WithSummary("Create a bot (status stopped).");
        group.MapGet("/{id}", GetAsync).WithName("GetBot");
        group.MapPut("/{id}", UpdateAsync).WithName("UpdateBot").WithSummary("Replace a bot's whole configuration.");
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteBot").WithSummary("Delete a stopped bot and its ledger rows; 409 while it holds positions unless ?flatten=true sells them first.");
        group.MapPost("/{id}/start", StartAsync).WithName("StartBot");
        group.MapPost("/{id}/stop", StopAsync).WithName("StopBot");
        group.MapPost("/{id}/pause", PauseAsync).WithName("PauseBot");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<Bot>>> ListAsync(IClusterClient client) =>
        TypedResults.Ok(await Registry(client).ListBotsAsync());

    private static async Task<IResult> CreateAsync(BotFormData form, IClusterClient client)
    {
        var config = BotFormConverter.TryConvert(form, out var errors);
        if (config is null)
        {
            return ApiProblems.Validation(errors);
        }
        var result = await Registry(client).CreateBotAsync(config);
        return result.Succeeded
            ? TypedResults.Created($"/api/bots/{result.Bot!.Id}", result.Bot)
            : ApiProblems.From(result);
    }

    private static async Task<IResult> GetAsync(string id, IClusterClient client)
    {
        var bot = BotIds.IsWellFormed(id) ? await client.GetGrain<IBotGrain>(id).GetAsync() : null;
        return bot is null ? ApiProblems.From(BotCommandResult.NotFound(id)) : TypedResults.Ok(bot);
    }

    private static async Task<IResult> UpdateAsync(string id, BotFormData form, IClusterClient client)
    {
        if (!BotIds.IsWellFormed(id))
        {
            return ApiProblems.From(BotCommandResult.NotFound(id));
        }
        var config = BotFormConverter.TryConvert(form, out var errors);
        if (config is null)
        {
            return ApiProblems.Validation(errors);
        }
        var result = await client.GetGrain<IBotGrain>(id).UpdateAsync(config);
        return result.Succeeded ? TypedResults.Ok(result.Bot) : ApiProblems.From(result);
    }

    /// <remarks>
    /// 409 while the bot holds an open position, naming the symbols, unless <paramref name="flatten"/> asks to sell them
    /// first (as <c>POST /api/positions/{id}/close</c> would); a sale that does not fill is a 409 and deletes nothing.
    /// </remarks>
    private static Task<IResult> DeleteAsync(string id, IClusterClient client, bool flatten = false) =>
        RunAsync(id, () => Registry(client).DeleteBotAsync(id, flatten));

    private static Task<IResult> StartAsync(string id, IClusterClient client) =>
        RunAsync(id, () => client.GetGrain<IBotGrain>(id).StartAsync());

    private static Task<IResult> StopAsync(string id, IClusterClient client) =>
        RunAsync(id, () => client.GetGrain<IBotGrain>(id).StopAsync());

    private static Task<IResult> PauseAsync(string id, IClusterClient client) =>
        RunAsync(id, () => client.GetGrain<IBotGrain>(id).PauseAsync());

    private static async Task<IResult> RunAsync(string id, Func<Task<BotCommandResult>> command)
    {
        if (!BotIds.IsWellFormed(id))
        {
            return ApiProblems.From(BotCommandResult.NotFound(id));
        }
        var result = await command();
        return result.Succeeded ? TypedResults.Ok(new SuccessResponse(true)) : ApiProblems.From(result);
    }

    private static IBotRegistryGrain Registry(IClusterClient client) => client.GetGrain<IBotRegistryGrain>(IBotRegistryGrain.Key);
}
