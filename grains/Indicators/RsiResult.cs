namespace OrleansTrading.Grains.Indicators;

/// <summary>Relative strength index (0–100) at one bar; <see cref="Rsi"/> is null during warm-up.</summary>
public sealed record RsiResult(DateTimeOffset Timestamp, double? Rsi);
