using System.Globalization;

namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// A command-line indicator request such as <c>RSI:period=14</c> or <c>MACD:fast=12,slow=26,signal=9</c>: a name
/// (matched loosely) and numeric parameters, checked with the same rules as bot configurations.
/// </summary>
public sealed record IndicatorSpecification(IndicatorDefinition Definition, IReadOnlyDictionary<string, double> Parameters)
{
    public static IndicatorSpecification Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var name = (colon < 0 ? text : text[..colon]).Trim();
        var definition = IndicatorCatalog.FindLoosely(name)
            ?? throw new FormatException($"Unknown indicator '{name}' in '{text}'. Supported: {string.Join(", ", IndicatorCatalog.Names)}.");
        var parameters = new Dictionary<string, double>(StringComparer.Ordinal);
        if (colon >= 0)
        {
            foreach (var pair in text[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0 || !double.TryParse(pair[(equals + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    throw new FormatException($"'{pair}' in '{text}' is not name=number.");
                }
                var key = pair[..equals].Trim();
                var spec = definition.Parameters.FirstOrDefault(p => string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase));
                parameters[spec?.Name ?? key] = value;
            }
        }
        var problems = IndicatorParameterRules.Check(definition, parameters);
        if (problems.Count > 0)
        {
            throw new FormatException(string.Join(" ", problems.Select(p => p.Message)));
        }
        return new IndicatorSpecification(definition, parameters);
    }

    public IndicatorState CreateState() => Definition.CreateState(Parameters);
}
