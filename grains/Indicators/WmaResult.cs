namespace OrleansTrading.Grains.Indicators;

/// <summary>Weighted moving average at one bar; <see cref="Wma"/> is null during warm-up.</summary>
public sealed record WmaResult(DateTimeOffset Timestamp, double? Wma);
