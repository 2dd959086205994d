namespace OrleansTrading.Grains.Indicators;

/// <summary>Volume-weighted average price at one bar; <see cref="Vwap"/> is null while the session has no volume.</summary>
public sealed record VwapResult(DateTimeOffset Timestamp, double? Vwap);
