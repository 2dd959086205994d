using OrleansTrading.GrainInterfaces.Bots;

namespace OrleansTrading.Grains.Bots;

/// <summary>A bot's persisted state. Stored as plain JSON (System.Text.Json grain storage serializer).</summary>
public sealed class BotState
{
    /// <summary>Null until the bot is created; a deleted bot's state is cleared back to this.</summary>
    public BotConfig? Config { get; set; }
    public BotStatus Status { get; set; } = BotStatus.Stopped;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? LastRunAt { get; set; }
    public int ErrorCount { get; set; }
}
