using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansTrading.GrainInterfaces.Json;

/// <summary>The wire JSON settings shared by REST, realtime events and tests.</summary>
public static class TradingJson
{
    /// <summary>Adds the converters the dashboard contract needs: lower-case enums, UTC "Z" timestamps.</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.Converters.Add(new UtcTimestampJsonConverter());
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        return options;
    }

    /// <summary>A ready instance for code outside ASP.NET (CLI, tests).</summary>
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));
}
