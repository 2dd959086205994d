namespace OrleansTrading.Grains.Indicators;

/// <summary>An indicator's configured parameters with the catalog defaults filled in.</summary>
public readonly struct IndicatorSettings(IndicatorDefinition definition, IReadOnlyDictionary<string, double> parameters)
{
    public double Number(string name) =>
        parameters.TryGetValue(name, out var value) ? value
        : definition.FindParameter(name)?.Default ?? throw new ArgumentException($"{definition.Name} has no parameter '{name}'.", nameof(name));

    public int WholeNumber(string name) => checked((int)Number(name));
}
