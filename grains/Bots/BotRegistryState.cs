namespace OrleansTrading.Grains.Bots;

/// <summary>The registry's persisted state: the ids of every existing bot, in creation order.</summary>
public sealed class BotRegistryState
{
    public List<string> BotIds { get; set; } = [];

    /// <summary>The global kill switch.</summary>
    public bool KillSwitchActive { get; set; }

    public bool KillSwitchFlatten { get; set; }

    public DateTimeOffset? KillSwitchChangedAt { get; set; }
}
