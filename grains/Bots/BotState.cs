using OrleansTrading.GrainInterfaces.Bots;

namespace OrleansTrading.Grains.Bots;

/// <summary>A bot's persisted state. Stored as plain JSON (System.Text.Json grain storage serializer).</summary>
public sealed class BotState
{
    /// <summary>Null until the bot is created, and again once it is deleted.</summary>
    public BotConfig? Config { get; set; }

    /// <summary>
    /// When a delete began; set from then on (the tombstone of a deleted bot). While <see cref="Config"/> is still set
    /// the delete did not finish (its ledger rows may remain) and a repeated delete completes it.
    /// </summary>
    public DateTimeOffset? DeletedAt { get; set; }
    public BotStatus Status { get; set; } = BotStatus.Stopped;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? LastRunAt { get; set; }
    public int ErrorCount { get; set; }

    /// <summary>Failing cycles in a row; at <see cref="Trading.BotTradingRules.MaxConsecutiveErrors"/> the bot goes to error.</summary>
    public int ConsecutiveErrors { get; set; }

    /// <summary>Per symbol, the open time of the last bar the bot acted on: a new activation acts only on newer bars.</summary>
    public Dictionary<string, DateTimeOffset> LastBars { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Highest equity seen since the bot started (the drawdown guard's reference).</summary>
    public decimal? EquityPeak { get; set; }
    public bool DrawdownTripped { get; set; }

    /// <summary>Why the bot is not opening positions (daily loss, drawdown, kill switch); null while it may.</summary>
    public string? HaltReason { get; set; }

    /// <summary>The session a daily-loss halt belongs to: it lifts when the next session starts.</summary>
    public DateOnly? HaltSession { get; set; }

    /// <summary>The registry's global kill switch as last pushed to (or read by) this bot.</summary>
    public bool KillSwitchActive { get; set; }
}
