using System.Text.Json.Serialization;

namespace OrleansTrading.GrainInterfaces.Bots;

/// <summary>The dashboard's <c>Bot</c>: configuration plus lifecycle fields, flat, snake_case on the wire.</summary>
[GenerateSerializer, Immutable, Alias("OrleansTrading.Bot")]
public sealed record Bot
{
    [Id(0), JsonPropertyName("id")] public required string Id { get; init; }
    [Id(1), JsonPropertyName("name")] public required string Name { get; init; }
    [Id(2), JsonPropertyName("status")] public required BotStatus Status { get; init; }
    [Id(3), JsonPropertyName("capital")] public required decimal Capital { get; init; }
    [Id(4), JsonPropertyName("trading_frequency")] public required int TradingFrequency { get; init; }
    [Id(5), JsonPropertyName("indicators")] public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Indicators { get; init; }
    [Id(6), JsonPropertyName("risk_management")] public required RiskManagement RiskManagement { get; init; }
    [Id(7), JsonPropertyName("symbols")] public required IReadOnlyList<string> Symbols { get; init; }
    [Id(8), JsonPropertyName("start_hour")] public required int StartHour { get; init; }
    [Id(9), JsonPropertyName("start_minute")] public required int StartMinute { get; init; }
    [Id(10), JsonPropertyName("end_hour")] public required int EndHour { get; init; }
    [Id(11), JsonPropertyName("end_minute")] public required int EndMinute { get; init; }
    [Id(12), JsonPropertyName("created_at")] public required DateTimeOffset CreatedAt { get; init; }
    [Id(13), JsonPropertyName("updated_at")] public required DateTimeOffset UpdatedAt { get; init; }
    [Id(14), JsonPropertyName("last_run_at")] public DateTimeOffset? LastRunAt { get; init; }
    [Id(15), JsonPropertyName("is_active")] public required bool IsActive { get; init; }
    [Id(16), JsonPropertyName("error_count")] public required int ErrorCount { get; init; }

    /// <summary>An extension of the dashboard's shape, present only when the bot sets a rule other than the default.</summary>
    [Id(17), JsonPropertyName("signal_rule"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SignalRule? SignalRule { get; init; }

    /// <summary>An extension: why a running bot is not opening positions (<c>daily_loss_limit</c>, <c>drawdown_limit</c>, <c>kill_switch</c>), omitted otherwise.</summary>
    [Id(18), JsonPropertyName("halt_reason"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? HaltReason { get; init; }

    /// <summary>Builds the wire shape from a bot's id, configuration and lifecycle fields.</summary>
    public static Bot From(string id, BotConfig config, BotStatus status, DateTimeOffset createdAt, DateTimeOffset updatedAt,
        DateTimeOffset? lastRunAt, bool isActive, int errorCount) => new()
    {
        Id = id,
        Name = config.Name,
        Status = status,
        Capital = config.Capital,
        TradingFrequency = config.TradingFrequency,
        Indicators = config.Indicators,
        RiskManagement = config.RiskManagement,
        Symbols = config.Symbols,
        StartHour = config.StartHour,
        StartMinute = config.StartMinute,
        EndHour = config.EndHour,
        EndMinute = config.EndMinute,
        CreatedAt = createdAt,
        UpdatedAt = updatedAt,
        LastRunAt = lastRunAt,
        IsActive = isActive,
        ErrorCount = errorCount,
        SignalRule = config.SignalRule,
    };
}
