using System.Text.Json;
using System.Text.RegularExpressions;

namespace OrleansTrading.Api.Problems;

/// <summary>
/// Names the field behind a JSON value of the wrong type, in the form the validators key their errors by
/// (<c>risk_management.stop_loss</c>, <c>symbols[1]</c>, <c>indicators.Bollinger Bands.period</c>), with a message
/// that says what the field expects, so a type error is reported exactly like any other invalid field.
/// </summary>
public static partial class JsonFieldErrors
{
    /// <summary>The field and message of a System.Text.Json conversion error; null when it is not one (malformed JSON).</summary>
    public static (string Field, string Message)? Describe(JsonException exception)
    {
        if (exception.Path is not { Length: > 1 } path || ConvertedType().Match(exception.Message) is not { Success: true } match)
        {
            return null;
        }
        var field = FieldOf(path);
        return (field, $"{field} must be {Expected(match.Groups["type"].Value)}.");
    }

    /// <summary><c>$.a.b[2]['c d']</c> → <c>a.b[2].c d</c>.</summary>
    public static string FieldOf(string jsonPath)
    {
        var field = QuotedMember().Replace(jsonPath, m => "." + m.Groups["name"].Value);
        return field.StartsWith("$.", StringComparison.Ordinal) ? field[2..] : field.TrimStart('$');
    }

    /// <remarks>
    /// The type is the property's (<c>System.Nullable`1[System.Decimal]</c>, <c>...IReadOnlyList`1[System.String]</c>);
    /// containers are matched first because their names also hold their element types. The request DTOs bind through
    /// init properties, so any other type is one of their nested objects.
    /// </remarks>
    private static string Expected(string type) => type switch
    {
        _ when type.Contains("Dictionary`", StringComparison.Ordinal) => "a JSON object",
        _ when type.EndsWith("[]", StringComparison.Ordinal) || type.Contains("List`", StringComparison.Ordinal) || type.Contains("Enumerable`", StringComparison.Ordinal) => "a JSON array",
        _ when type.Contains("System.Decimal", StringComparison.Ordinal) || type.Contains("System.Double", StringComparison.Ordinal) => "a number",
        _ when type.Contains("System.Int", StringComparison.Ordinal) => "a whole number",
        _ when type.Contains("System.Boolean", StringComparison.Ordinal) => "true or false",
        _ when type.Contains("System.String", StringComparison.Ordinal) => "a string",
        _ => "a JSON object",
    };

    [GeneratedRegex(@"could not be converted to (?<type>\S+?)\.? Path:", RegexOptions.CultureInvariant)]
    private static partial Regex ConvertedType();

    [GeneratedRegex(@"\['(?<name>[^']*)'\]", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedMember();
}
