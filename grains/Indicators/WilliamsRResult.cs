namespace OrleansTrading.Grains.Indicators;

/// <summary>Williams %R at one bar (−100..0); <see cref="WilliamsR"/> is null during warm-up.</summary>
public sealed record WilliamsRResult(DateTimeOffset Timestamp, double? WilliamsR);
