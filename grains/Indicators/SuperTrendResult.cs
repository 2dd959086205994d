namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// SuperTrend at one bar: the final lower band in an uptrend, the final upper band in a downtrend;
/// <see cref="IsUptrend"/> tells which. Both are null during warm-up.
/// </summary>
public sealed record SuperTrendResult(DateTimeOffset Timestamp, double? SuperTrend, bool? IsUptrend);
