using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansTrading.GrainInterfaces.Json;

/// <summary>
/// Writes timestamps as ISO 8601 UTC ending in <c>Z</c> (the dashboard parses them with <c>new Date(...)</c>);
/// reads any ISO 8601 offset and normalises it to UTC.
/// </summary>
public sealed class UtcTimestampJsonConverter : JsonConverter<DateTimeOffset>
{
    // "F" drops trailing zero digits (and the dot), so whole seconds read "…:05Z" as in the seed's examples.
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset().ToUniversalTime();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        Span<char> buffer = stackalloc char[40];
        value.UtcDateTime.TryFormat(buffer, out var written, Format, CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer[..written]);
    }
}
