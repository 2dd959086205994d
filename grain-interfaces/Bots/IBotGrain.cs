using Orleans.Concurrency;
using OrleansTrading.GrainInterfaces.Market;

namespace OrleansTrading.GrainInterfaces.Bots;

/// <summary>One trading bot, keyed by its id (a UUID string). Holds configuration and lifecycle state.</summary>
[Alias("OrleansTrading.IBotGrain")]
public interface IBotGrain : IGrainWithStringKey
{
    /// <summary>The bot, or null when no bot has this id.</summary>
    [Alias("GetAsync")]
    Task<Bot?> GetAsync();

    /// <summary>Creates the bot in status <c>stopped</c>. Conflict if it already exists; Invalid on a bad config.</summary>
    [Alias("CreateAsync")]
    Task<BotCommandResult> CreateAsync(BotConfig config);

    /// <summary>Replaces the whole configuration and bumps <c>updated_at</c>.</summary>
    [Alias("UpdateAsync")]
    Task<BotCommandResult> UpdateAsync(BotConfig config);

    /// <summary>stopped | paused | error → running.</summary>
    [Alias("StartAsync")]
    Task<BotCommandResult> StartAsync();

    /// <summary>running | paused | error → stopped.</summary>
    [Alias("StopAsync")]
    Task<BotCommandResult> StopAsync();

    /// <summary>running → paused.</summary>
    [Alias("PauseAsync")]
    Task<BotCommandResult> PauseAsync();

    /// <summary>
    /// Deletes a stopped bot: retires its position grains, then removes its ledger rows and leaves a tombstone (the id
    /// is never reused). Conflict unless stopped, and Conflict while a position is open unless <paramref name="flatten"/>,
    /// which first sells every open position through the broker (Conflict, deleting nothing, if a sale does not fill).
    /// The caller removes the registry entry.
    /// </summary>
    [Alias("DeleteAsync")]
    Task<BotCommandResult> DeleteAsync(bool flatten = false);

    /// <summary>Runs one trading cycle now (the timer calls this every <c>trading_frequency</c> seconds while running).</summary>
    [Alias("RunCycleAsync")]
    Task<BotCycleReport> RunCycleAsync();

    /// <summary>The registry's kill switch reaching this bot; with <paramref name="flatten"/> its open positions are sold.</summary>
    [Alias("ApplyKillSwitchAsync")]
    Task ApplyKillSwitchAsync(bool active, bool flatten);

    /// <summary>
    /// The bot's indicators for <paramref name="symbol"/> as of its last completed bar, as an exit trade's
    /// <c>indicators_snapshot</c> with <paramref name="exitReason"/> (a wire name such as <c>stop_loss</c>); null when the
    /// bot does not exist or does not trade the symbol. Interleaves: a position grain asks while the bot may be waiting
    /// on that very position grain (a flatten), and the answer only reads state.
    /// </summary>
    [AlwaysInterleave, Alias("GetExitSnapshotAsync")]
    Task<string?> GetExitSnapshotAsync(string symbol, string exitReason);

    /// <summary>
    /// A symbol grain's notice that <paramref name="bar"/> of <paramref name="symbol"/> just completed: the bot runs its
    /// cycle at once (instead of at its next timer tick) when <c>trading_frequency</c> allows, using the bar carried here
    /// rather than asking the symbol grain (which twenty bots on one symbol would otherwise queue up on).
    /// </summary>
    [OneWay, Alias("OnBarClosedAsync")]
    Task OnBarClosedAsync(string symbol, PriceBar bar);
}
