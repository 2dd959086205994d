using OrleansTrading.GrainInterfaces.Bots;

namespace OrleansTrading.Grains.Bots;

/// <summary>
/// The bot state machine. Legal: stopped|paused|error → running (start), running|paused|error → stopped (stop),
/// running → paused (pause). A command whose target state already holds (stop a stopped bot, pause a paused one,
/// start a running one) is accepted as a no-op, so a dashboard's double click is not an error; anything else (pause a
/// stopped bot) is refused.
/// </summary>
public static class BotLifecycle
{
    /// <summary>
    /// The status after <paramref name="command"/> (equal to <paramref name="current"/> when it already holds), or null
    /// with a reason when the transition is illegal.
    /// </summary>
    public static BotStatus? Apply(BotStatus current, BotCommand command, out string? refusal)
    {
        BotStatus? next = (command, current) switch
        {
            _ when current == Target(command) => current,
            (BotCommand.Start, BotStatus.Stopped or BotStatus.Paused or BotStatus.Error) => BotStatus.Running,
            (BotCommand.Stop, BotStatus.Running or BotStatus.Paused or BotStatus.Error) => BotStatus.Stopped,
            (BotCommand.Pause, BotStatus.Running) => BotStatus.Paused,
            _ => null,
        };
        refusal = next is null ? $"Cannot {command.ToString().ToLowerInvariant()} a bot that is {current.ToString().ToLowerInvariant()}." : null;
        return next;
    }

    /// <summary>The status <paramref name="command"/> leads to.</summary>
    public static BotStatus Target(BotCommand command) => command switch
    {
        BotCommand.Start => BotStatus.Running,
        BotCommand.Stop => BotStatus.Stopped,
        BotCommand.Pause => BotStatus.Paused,
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, null),
    };

    /// <summary>Whether the bot is meant to be trading (running, or paused while keeping its subscriptions).</summary>
    public static bool IsActive(BotStatus status) => status is BotStatus.Running or BotStatus.Paused;

    /// <summary>Only a stopped bot may be deleted: a running one could still be placing orders.</summary>
    public static bool CanDelete(BotStatus status) => status == BotStatus.Stopped;
}
