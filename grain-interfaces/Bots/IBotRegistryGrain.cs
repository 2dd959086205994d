using Orleans.Concurrency;

namespace OrleansTrading.GrainInterfaces.Bots;

/// <summary>The directory of bots (single activation, key <see cref="Key"/>).</summary>
[Alias("OrleansTrading.IBotRegistryGrain")]
public interface IBotRegistryGrain : IGrainWithStringKey
{
    /// <summary>The registry's only key.</summary>
    const string Key = "default";

    /// <summary>Validates the configuration, creates a bot with a new UUID and registers it.</summary>
    [Alias("CreateBotAsync")]
    Task<BotCommandResult> CreateBotAsync(BotConfig config);

    /// <summary>Deletes a stopped bot, its ledger rows and its registry entry (see <see cref="IBotGrain.DeleteAsync"/> for <paramref name="flatten"/>).</summary>
    [Alias("DeleteBotAsync")]
    Task<BotCommandResult> DeleteBotAsync(string botId, bool flatten = false);

    /// <summary>Ids of all registered bots.</summary>
    [ReadOnly, Alias("ListBotIdsAsync")]
    Task<IReadOnlyList<string>> ListBotIdsAsync();

    /// <summary>All registered bots, newest <c>created_at</c> first.</summary>
    [ReadOnly, Alias("ListBotsAsync")]
    Task<IReadOnlyList<Bot>> ListBotsAsync();

    /// <summary>Turns the global kill switch on or off and tells every bot; <c>flatten</c> also sells every open position.</summary>
    [Alias("SetKillSwitchAsync")]
    Task<KillSwitchState> SetKillSwitchAsync(bool active, bool flatten);

    /// <remarks>Always interleaved: bots read it while activating, possibly during the registry's own fan-out to them.</remarks>
    [AlwaysInterleave, Alias("GetKillSwitchAsync")]
    Task<KillSwitchState> GetKillSwitchAsync();
}
