namespace OrleansTrading.Grains.Indicators;

/// <summary>Exponential moving average at one bar; <see cref="Ema"/> is null during warm-up.</summary>
public sealed record EmaResult(DateTimeOffset Timestamp, double? Ema);
