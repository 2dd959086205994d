using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.GrainInterfaces.Storage;
using OrleansTrading.GrainInterfaces.Alerts;
using OrleansTrading.GrainInterfaces.Streams;
using OrleansTrading.Grains.Bots.Validation;
using OrleansTrading.Grains.Ledger;
using OrleansTrading.Grains.Streams;

using OrleansTrading.Grains.Time;

namespace OrleansTrading.Grains.Bots;

/// <summary>The directory of bots: mints ids, remembers which bots exist, and lists them.</summary>
public sealed class BotRegistryGrain(
    [PersistentState("registry", StorageNames.Trading)] IPersistentState<BotRegistryState> state,
    ITradeLedger ledger,
    TradingClock time) : Grain, IBotRegistryGrain
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

    public async Task<BotCommandResult> DeleteBotAsync(string botId, bool flatten)
    {
        var result = await GrainFactory.GetGrain<IBotGrain>(botId).DeleteAsync(flatten);
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

    public async Task<KillSwitchState> SetKillSwitchAsync(bool active, bool flatten)
    {
        var now = time.GetUtcNow();
        state.State.KillSwitchActive = active;
        state.State.KillSwitchFlatten = active && flatten;
        state.State.KillSwitchChangedAt = now;
        await state.WriteStateAsync();
        // Persisted first: a bot activating from now on reads the new state even if this fan-out is cut short.
        await Task.WhenAll(state.State.BotIds.Select(id => GrainFactory.GetGrain<IBotGrain>(id).ApplyKillSwitchAsync(active, flatten)));
        var alert = new Alert
        {
            Id = LedgerIds.AlertId("registry", active ? "kill_switch_on" : "kill_switch_off", now.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Severity = active ? AlertSeverity.Critical : AlertSeverity.Info,
            Code = active ? "kill_switch_on" : "kill_switch_off",
            Message = active
                ? (flatten ? "Global kill switch on: order flow halted and every open position sold." : "Global kill switch on: no bot opens a position.")
                : "Global kill switch off: bots may open positions again.",
            CreatedAt = now,
        };
        await ledger.RecordAlertAsync(alert, CancellationToken.None);
        await TradingEvents.AlertAsync(this.GetStreamProvider(StreamNames.Provider), alert);
        return await GetKillSwitchAsync();
    }

    public Task<KillSwitchState> GetKillSwitchAsync() => Task.FromResult(new KillSwitchState
    {
        Active = state.State.KillSwitchActive,
        Flatten = state.State.KillSwitchFlatten,
        ChangedAt = state.State.KillSwitchChangedAt,
    });
}
