namespace OrleansTrading.Grains.Signals;

/// <summary>One indicator's vote from named values (convenient where values arrive as a map, e.g. snapshots and tests).</summary>
public static class IndicatorVoter
{
    public static IndicatorVote Vote(string indicator, IReadOnlyDictionary<string, double> parameters, IReadOnlyDictionary<string, double> values, double close)
    {
        var rule = IndicatorVoteRule.For(indicator, parameters, values.Keys.ToArray());
        var outputs = values.Values.ToArray();
        return rule.IsFilter
            ? new IndicatorVote(indicator, SignalDirection.Hold, values, IsFilter: true, Passed: rule.Passes(outputs))
            : new IndicatorVote(indicator, rule.Vote(outputs, close), values);
    }
}
