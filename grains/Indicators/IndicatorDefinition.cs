namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// An indicator a bot or the CLI may name: its parameters (with ranges and defaults), parameter pairs whose effective
/// values must satisfy lower &lt; upper (e.g. MACD fast &lt; slow), and how to build its incremental state.
/// Parameters that only steer signals (e.g. RSI <c>oversold</c>) are listed but not passed to the state.
/// </summary>
public sealed record IndicatorDefinition(
    string Name,
    IReadOnlyList<IndicatorParameterSpec> Parameters,
    IReadOnlyList<(string Lower, string Upper)> OrderedPairs,
    Func<IndicatorSettings, IndicatorState> Create)
{
    public IndicatorParameterSpec? FindParameter(string name) =>
        Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    /// <summary>Builds the state from configured parameters; omitted ones take their defaults.</summary>
    public IndicatorState CreateState(IReadOnlyDictionary<string, double> parameters) => Create(new IndicatorSettings(this, parameters));
}
