namespace OrleansTrading.Grains.Indicators;

/// <summary>Commodity channel index at one bar; <see cref="Cci"/> is null during warm-up.</summary>
public sealed record CciResult(DateTimeOffset Timestamp, double? Cci);
