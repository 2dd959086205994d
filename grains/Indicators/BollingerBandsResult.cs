namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Bollinger Bands at one bar: upper, middle (SMA) and lower band, %B (where the close sits between the bands, 0 at
/// the lower and 1 at the upper) and width ((upper − lower) / middle). All null during warm-up.
/// </summary>
public sealed record BollingerBandsResult(
    DateTimeOffset Timestamp, double? Upper, double? Middle, double? Lower, double? PercentB, double? Width);
