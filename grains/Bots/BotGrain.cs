using Microsoft.Extensions.Logging;
using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.GrainInterfaces.Storage;
using OrleansTrading.Grains.Bots.Validation;
using OrleansTrading.Grains.Ledger;

namespace OrleansTrading.Grains.Bots;

/// <summary>A bot's identity, persisted configuration and lifecycle. Rules live in <see cref="BotLifecycle"/> and <see cref="BotConfigValidator"/>.</summary>
public sealed class BotGrain(
    [PersistentState("bot", StorageNames.Trading)] IPersistentState<BotState> state,
    ITradeLedger ledger,
    TimeProvider time,
    ILogger<BotGrain> logger) : Grain, IBotGrain
{
    private string BotId => this.GetPrimaryKeyString();

    private bool Exists => state.State.Config is not null;

    public Task<Bot?> GetAsync() => Task.FromResult(Exists ? ToBot() : null);

    public async Task<BotCommandResult> CreateAsync(BotConfig config)
    {
        if (Exists)
        {
            return BotCommandResult.Conflict($"Bot '{BotId}' already exists.");
        }
        var errors = BotConfigValidator.Validate(config);
        if (errors.Count > 0)
        {
            return BotCommandResult.Invalid(errors);
        }
        var now = time.GetUtcNow();
        state.State = new BotState { Config = config, Status = BotStatus.Stopped, CreatedAt = now, UpdatedAt = now };
        await state.WriteStateAsync();
        BotGrainLog.Created(logger, BotId, config.Name, config.Symbols.Count);
        return BotCommandResult.Success(ToBot());
    }

    public async Task<BotCommandResult> UpdateAsync(BotConfig config)
    {
        if (!Exists)
        {
            return BotCommandResult.NotFound(BotId);
        }
        var errors = BotConfigValidator.Validate(config);
        if (errors.Count > 0)
        {
            return BotCommandResult.Invalid(errors);
        }
        state.State.Config = config;
        state.State.UpdatedAt = time.GetUtcNow();
        await state.WriteStateAsync();
        BotGrainLog.Updated(logger, BotId);
        return BotCommandResult.Success(ToBot());
    }

    public Task<BotCommandResult> StartAsync() => TransitionAsync(BotCommand.Start);

    public Task<BotCommandResult> StopAsync() => TransitionAsync(BotCommand.Stop);

    public Task<BotCommandResult> PauseAsync() => TransitionAsync(BotCommand.Pause);

    public async Task<BotCommandResult> DeleteAsync()
    {
        if (!Exists)
        {
            return BotCommandResult.NotFound(BotId);
        }
        if (!BotLifecycle.CanDelete(state.State.Status))
        {
            return BotCommandResult.Conflict($"Bot '{BotId}' is {state.State.Status.ToString().ToLowerInvariant()}; stop it before deleting.");
        }
        var deleted = ToBot();
        // Ledger rows go first: if that fails the bot still exists and the delete can simply be retried.
        var rows = await ledger.DeleteBotDataAsync(BotId, CancellationToken.None);
        await state.ClearStateAsync();
        state.State = new BotState();
        BotGrainLog.Deleted(logger, BotId, rows);
        DeactivateOnIdle();
        return BotCommandResult.Success(deleted);
    }

    private async Task<BotCommandResult> TransitionAsync(BotCommand command)
    {
        if (!Exists)
        {
            return BotCommandResult.NotFound(BotId);
        }
        var from = state.State.Status;
        var next = BotLifecycle.Apply(from, command, out var refusal);
        if (next is null)
        {
            return BotCommandResult.Conflict(refusal!);
        }
        state.State.Status = next.Value;
        state.State.UpdatedAt = time.GetUtcNow();
        if (command == BotCommand.Start)
        {
            // A fresh start forgets the failures that put the bot in error.
            state.State.ErrorCount = 0;
        }
        await state.WriteStateAsync();
        BotGrainLog.StatusChanged(logger, BotId, from, next.Value);
        return BotCommandResult.Success(ToBot());
    }

    private Bot ToBot()
    {
        var s = state.State;
        return Bot.From(BotId, s.Config!, s.Status, s.CreatedAt, s.UpdatedAt, s.LastRunAt, BotLifecycle.IsActive(s.Status), s.ErrorCount);
    }
}
