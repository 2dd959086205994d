namespace OrleansTrading.Grains.Indicators;

/// <summary>Donchian channel at one bar; every band is null during warm-up.</summary>
public sealed record DonchianResult(DateTimeOffset Timestamp, double? Upper, double? Middle, double? Lower);
