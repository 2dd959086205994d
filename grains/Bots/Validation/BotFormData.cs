using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansTrading.Grains.Bots.Validation;

/// <summary>
/// The dashboard's <c>BotFormData</c> (create and full-replace update body) exactly as received. Everything is
/// nullable and indicator parameters are raw JSON so that a missing or non-numeric field becomes a 422 naming it
/// rather than a parse failure.
/// </summary>
public sealed record BotFormData
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("capital")] public decimal? Capital { get; init; }
    [JsonPropertyName("trading_frequency")] public int? TradingFrequency { get; init; }
    [JsonPropertyName("symbols")] public IReadOnlyList<string?>? Symbols { get; init; }
    [JsonPropertyName("start_hour")] public int? StartHour { get; init; }
    [JsonPropertyName("start_minute")] public int? StartMinute { get; init; }
    [JsonPropertyName("end_hour")] public int? EndHour { get; init; }
    [JsonPropertyName("end_minute")] public int? EndMinute { get; init; }
    [JsonPropertyName("indicators")] public IReadOnlyDictionary<string, IReadOnlyDictionary<string, JsonElement>?>? Indicators { get; init; }
    [JsonPropertyName("risk_management")] public RiskManagementForm? RiskManagement { get; init; }

    /// <summary>Optional: <c>majority</c> (default), <c>all</c> or <c>any</c>; text so a typo is a 422 naming the field.</summary>
    [JsonPropertyName("signal_rule")] public string? SignalRule { get; init; }
}
