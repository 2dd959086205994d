namespace OrleansTrading.Grains.Indicators;

/// <summary>Money flow index at one bar (0..100); <see cref="Mfi"/> is null during warm-up.</summary>
public sealed record MfiResult(DateTimeOffset Timestamp, double? Mfi);
