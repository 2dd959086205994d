namespace OrleansTrading.Grains.Bots.Validation;

/// <summary>
/// An indicator the bot configuration may name, with its parameters. <paramref name="OrderedPairs"/> lists
/// parameter pairs (lower, upper) whose effective values must satisfy lower &lt; upper, e.g. MACD fast &lt; slow.
/// </summary>
public sealed record IndicatorSpec(string Name, IReadOnlyList<IndicatorParameterSpec> Parameters, IReadOnlyList<(string Lower, string Upper)> OrderedPairs)
{
    public IndicatorParameterSpec? FindParameter(string name) =>
        Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
}
