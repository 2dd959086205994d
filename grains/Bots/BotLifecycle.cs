using OrleansTrading.GrainInterfaces.Bots;

namespace OrleansTrading.Grains.Bots;

/// <summary>
/// The bot state machine. Legal: stopped|paused|error → running (start), running|paused|error → stopped (stop),
/// running → paused (pause). Anything else is refused so a client never believes a no-op changed something.
/// </summary>
public static class BotLifecycle
{
    /// <summary>The status after <paramref name="command"/>, or null with a reason when the transition is illegal.</summary>
    public static BotStatus? Apply(BotStatus current, BotCommand command, out string? refusal)
    {
        BotStatus? next = (command, current) switch
        {
            (BotCommand.Start, BotStatus.Stopped or BotStatus.Paused or BotStatus.Error) => BotStatus.Running,
            (BotCommand.Stop, BotStatus.Running or BotStatus.Paused or BotStatus.Error) => BotStatus.Stopped,
            (BotCommand.Pause, BotStatus.Running) => BotStatus.Paused,
            _ => null,
        };
        refusal = next is null ? $"Cannot {command.ToString().ToLowerInvariant()} a bot that is {current.ToString().ToLowerInvariant()}." : null;
        return next;
    }

    /// <summary>Whether the bot is meant to be trading (running, or paused while keeping its subscriptions).</summary>
    public static bool IsActive(BotStatus status) => status is BotStatus.Running or BotStatus.Paused;

    /// <summary>Only a stopped bot may be deleted: a running one could still be placing orders.</summary>
    public static bool CanDelete(BotStatus status) => status == BotStatus.Stopped;
}
