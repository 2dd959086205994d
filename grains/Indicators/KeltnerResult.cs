namespace OrleansTrading.Grains.Indicators;

/// <summary>Keltner channel at one bar; every band is null during warm-up.</summary>
public sealed record KeltnerResult(DateTimeOffset Timestamp, double? Upper, double? Middle, double? Lower);
