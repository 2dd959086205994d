namespace OrleansTrading.Grains.Indicators;

/// <summary>Simple moving average at one bar; <see cref="Sma"/> is null during warm-up.</summary>
public sealed record SmaResult(DateTimeOffset Timestamp, double? Sma);
