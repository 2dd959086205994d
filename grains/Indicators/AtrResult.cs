namespace OrleansTrading.Grains.Indicators;

/// <summary>Average true range at one bar; <see cref="Atr"/> is null during warm-up.</summary>
public sealed record AtrResult(DateTimeOffset Timestamp, double? Atr);
