using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansTrading.GrainInterfaces.Json;

/// <summary>
/// Carries a JSON document as a string inside grains (cheap to copy and to store as jsonb) and writes it as the
/// JSON value itself on the wire, so clients see an object rather than an escaped string.
/// </summary>
public sealed class RawJsonStringConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.GetRawText();
    }

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteRawValue(value, skipInputValidation: false);
        }
    }
}
