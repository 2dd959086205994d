namespace OrleansTrading.Grains.Bots;

/// <summary>The registry's persisted state: the ids of every existing bot, in creation order.</summary>
public sealed class BotRegistryState
{
    public List<string> BotIds { get; set; } = [];
}
