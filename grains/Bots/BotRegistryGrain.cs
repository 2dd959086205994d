using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.GrainInterfaces.Storage;
using OrleansTrading.Grains.Bots.Validation;

namespace OrleansTrading.Grains.Bots;

/// <summary>The directory of bots: mints ids, remembers which bots exist, and lists them.</summary>
public sealed class BotRegistryGrain(
    [PersistentState("registry", StorageNames.Trading)] IPersistentState<BotRegistryState> state) : Grain, IBotRegistryGrain
{
    public async Task<BotCommandResult> CreateBotAsync(BotConfig config)
    {
        var errors = BotConfigValidator.Validate(config);
        if (errors.Count > 0)
        {
            return BotCommandResult.Invalid(errors);
        }
        var botId = Guid.NewGuid().ToString();
        var result = await GrainFactory.GetGrain<IBotGrain>(botId).CreateAsync(config);
        if (result.Succeeded)
        {
            state.State.BotIds.Add(botId);
            await state.WriteStateAsync();
        }
        return result;
    }

    public async Task<BotCommandResult> DeleteBotAsync(string botId)
    {
        var result = await GrainFactory.GetGrain<IBotGrain>(botId).DeleteAsync();
        if (result.Outcome is BotCommandOutcome.Succeeded or BotCommandOutcome.NotFound && state.State.BotIds.Remove(botId))
        {
            await state.WriteStateAsync();
        }
        return result;
    }

    public Task<IReadOnlyList<string>> ListBotIdsAsync() => Task.FromResult<IReadOnlyList<string>>(state.State.BotIds.ToArray());

    public async Task<IReadOnlyList<Bot>> ListBotsAsync()
    {
        var bots = await Task.WhenAll(state.State.BotIds.Select(id => GrainFactory.GetGrain<IBotGrain>(id).GetAsync()));
        return bots.OfType<Bot>()
            .OrderByDescending(b => b.CreatedAt)
            .ThenBy(b => b.Id, StringComparer.Ordinal)
            .ToArray();
    }
}
