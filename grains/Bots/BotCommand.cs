namespace OrleansTrading.Grains.Bots;

/// <summary>A lifecycle command a user can send to a bot.</summary>
public enum BotCommand
{
    Start,
    Stop,
    Pause,
}
