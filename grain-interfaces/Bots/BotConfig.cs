using System.Text.Json.Serialization;

namespace OrleansTrading.GrainInterfaces.Bots;

/// <summary>
/// A validated bot configuration: the dashboard's <c>BotFormData</c> once every field is present and in range.
/// Trading window hours are exchange time (America/New_York).
/// </summary>
[GenerateSerializer, Immutable, Alias("OrleansTrading.BotConfig")]
public sealed record BotConfig
{
    [Id(0), JsonPropertyName("name")] public required string Name { get; init; }
    [Id(1), JsonPropertyName("capital")] public required decimal Capital { get; init; }
    [Id(2), JsonPropertyName("trading_frequency")] public required int TradingFrequency { get; init; }
    [Id(3), JsonPropertyName("symbols")] public required IReadOnlyList<string> Symbols { get; init; }
    [Id(4), JsonPropertyName("start_hour")] public required int StartHour { get; init; }
    [Id(5), JsonPropertyName("start_minute")] public required int StartMinute { get; init; }
    [Id(6), JsonPropertyName("end_hour")] public required int EndHour { get; init; }
    [Id(7), JsonPropertyName("end_minute")] public required int EndMinute { get; init; }

    /// <summary>Indicator name (e.g. <c>"RSI"</c>) to its numeric parameters (e.g. <c>period</c>).</summary>
    [Id(8), JsonPropertyName("indicators")] public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Indicators { get; init; }

    [Id(9), JsonPropertyName("risk_management")] public required RiskManagement RiskManagement { get; init; }

    /// <summary>How indicator votes combine; null means the default, majority (then omitted from JSON).</summary>
    [Id(10), JsonPropertyName("signal_rule"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SignalRule? SignalRule { get; init; }
}
