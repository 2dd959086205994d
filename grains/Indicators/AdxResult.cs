namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Average directional index at one bar. <see cref="PlusDi"/> and <see cref="MinusDi"/> are valid from index
/// <c>period</c>, <see cref="Adx"/> from index <c>2 × period − 1</c>; each is null before.
/// </summary>
public sealed record AdxResult(DateTimeOffset Timestamp, double? Adx, double? PlusDi, double? MinusDi);
