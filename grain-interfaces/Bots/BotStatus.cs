namespace OrleansTrading.GrainInterfaces.Bots;

/// <summary>Lifecycle state of a bot; serialized in lower case (<c>"running"</c>, …) as the dashboard expects.</summary>
[GenerateSerializer, Alias("OrleansTrading.BotStatus")]
public enum BotStatus
{
    Stopped = 0,
    Running = 1,
    Paused = 2,
    Error = 3,
}
