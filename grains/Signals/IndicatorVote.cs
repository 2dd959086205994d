namespace OrleansTrading.Grains.Signals;

/// <summary>
/// One indicator's values (keyed by output name) at decision time and what they say. Filters have <see cref="IsFilter"/>
/// set and never vote. <see cref="Settings"/> are the effective <c>period</c>, <c>oversold</c> and <c>overbought</c> of
/// indicators that have them, which snapshots show beside the values as seed 002's calculators do.
/// </summary>
public sealed record IndicatorVote(
    string Indicator,
    SignalDirection Vote,
    IReadOnlyDictionary<string, double> Values,
    bool IsFilter = false,
    bool Passed = true,
    IReadOnlyList<KeyValuePair<string, double>>? Settings = null);
