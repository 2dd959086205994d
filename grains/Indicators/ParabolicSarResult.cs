namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Parabolic SAR at one bar: <see cref="Sar"/> is the stop in force after the bar (see <see cref="ParabolicSar"/>),
/// <see cref="IsUptrend"/> the side it protects (true = long, stop below price). Both are null at index 0.
/// </summary>
public sealed record ParabolicSarResult(DateTimeOffset Timestamp, double? Sar, bool? IsUptrend);
