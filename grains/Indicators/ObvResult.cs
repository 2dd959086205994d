namespace OrleansTrading.Grains.Indicators;

/// <summary>On-balance volume at one bar (valid from the first bar; null only for symmetry with other results).</summary>
public sealed record ObvResult(DateTimeOffset Timestamp, double? Obv);
