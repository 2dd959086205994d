namespace OrleansTrading.Grains.Indicators;

/// <summary>Rate of change in percent at one bar; <see cref="Roc"/> is null during warm-up.</summary>
public sealed record RocResult(DateTimeOffset Timestamp, double? Roc);
