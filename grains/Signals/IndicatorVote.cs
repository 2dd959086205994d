namespace OrleansTrading.Grains.Signals;

/// <summary>
/// One indicator's values (keyed by output name) at decision time and what they say. Filters have <see cref="IsFilter"/>
/// set and never vote. <see cref="Period"/> is the effective look-back of indicators that have one (snapshots show it).
/// </summary>
public sealed record IndicatorVote(
    string Indicator,
    SignalDirection Vote,
    IReadOnlyDictionary<string, double> Values,
    bool IsFilter = false,
    bool Passed = true,
    int? Period = null);
