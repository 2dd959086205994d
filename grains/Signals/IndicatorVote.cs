namespace OrleansTrading.Grains.Signals;

/// <summary>One indicator's values at decision time and what they say. Filters have <see cref="IsFilter"/> set and never vote.</summary>
public sealed record IndicatorVote(string Indicator, SignalDirection Vote, IReadOnlyDictionary<string, double> Values, bool IsFilter = false, bool Passed = true);
