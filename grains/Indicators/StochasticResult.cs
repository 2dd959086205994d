namespace OrleansTrading.Grains.Indicators;

/// <summary>Slow stochastic at one bar: %K (smoothed) and %D (its SMA), 0–100; each null until ready.</summary>
public sealed record StochasticResult(DateTimeOffset Timestamp, double? K, double? D);
