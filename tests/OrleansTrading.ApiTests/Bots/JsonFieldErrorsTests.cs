using System.Text.Json;
using OrleansTrading.Api.Problems;

namespace OrleansTrading.ApiTests.Bots;

public sealed class JsonFieldErrorsTests
{
    /// <summary>Shaped like the request DTOs: nullable init properties.</summary>
    private sealed record Form
    {
        public decimal? Capital { get; init; }
        public int? Count { get; init; }
        public bool? Flag { get; init; }
        public IReadOnlyList<string>? Names { get; init; }
        public IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>>? Map { get; init; }
    }

    [Theory]
    [InlineData("""{"Capital": "x"}""", "Capital", "Capital must be a number.")]
    [InlineData("""{"Count": 1.5}""", "Count", "Count must be a whole number.")]
    [InlineData("""{"Flag": 1}""", "Flag", "Flag must be true or false.")]
    [InlineData("""{"Names": {}}""", "Names", "Names must be a JSON array.")]
    [InlineData("""{"Names": ["a", 2]}""", "Names[1]", "Names[1] must be a string.")]
    [InlineData("""{"Map": []}""", "Map", "Map must be a JSON object.")]
    [InlineData("""{"Map": {"Bollinger Bands": {"period": "x"}}}""", "Map.Bollinger Bands.period", "Map.Bollinger Bands.period must be a number.")]
    public void A_conversion_error_names_the_field_and_what_it_expects(string json, string field, string message)
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Form>(json));

        Assert.Equal((field, message), JsonFieldErrors.Describe(exception));
    }

    [Theory]
    [InlineData("""{"Capital": """)]
    [InlineData("""not json""")]
    [InlineData("""[1]""")]
    public void Malformed_json_or_a_wrong_root_is_not_a_field_error(string json)
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Form>(json));

        Assert.Null(JsonFieldErrors.Describe(exception));
    }
}
