namespace OrleansTrading.Grains.Indicators;

/// <summary>Checks an indicator's parameters against its definition: known names, ranges, whole numbers, ordered pairs.</summary>
public static class IndicatorParameterRules
{
    /// <summary>(parameter, message) for every problem; empty when the parameters are valid.</summary>
    public static IReadOnlyList<(string Parameter, string Message)> Check(IndicatorDefinition definition, IReadOnlyDictionary<string, double> parameters)
    {
        var problems = new List<(string, string)>();
        foreach (var (parameter, value) in parameters)
        {
            var spec = definition.FindParameter(parameter);
            if (spec is null)
            {
                var accepted = definition.Parameters.Count == 0 ? "none" : string.Join(", ", definition.Parameters.Select(p => p.Name));
                problems.Add((parameter, $"{definition.Name} has no parameter '{parameter}' (accepted: {accepted})."));
            }
            else if (!spec.Accepts(value))
            {
                problems.Add((parameter, $"{definition.Name} {parameter} must be {spec.DescribeRange()}."));
            }
        }
        foreach (var (lower, upper) in definition.OrderedPairs)
        {
            if (problems.Any(p => p.Item1 == lower || p.Item1 == upper))
            {
                continue;
            }
            var low = parameters.TryGetValue(lower, out var l) ? l : definition.FindParameter(lower)!.Default;
            var high = parameters.TryGetValue(upper, out var h) ? h : definition.FindParameter(upper)!.Default;
            if (low >= high)
            {
                problems.Add((parameters.ContainsKey(lower) ? lower : upper, $"{definition.Name} {lower} ({low}) must be less than {upper} ({high})."));
            }
        }
        return problems;
    }
}
