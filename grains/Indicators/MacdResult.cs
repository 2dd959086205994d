namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// MACD at one bar: the MACD line, its signal line and the histogram (line − signal). <see cref="Macd"/> is null
/// until the slow EMA is ready; <see cref="Signal"/> and <see cref="Histogram"/> until the signal EMA is.
/// </summary>
public sealed record MacdResult(DateTimeOffset Timestamp, double? Macd, double? Signal, double? Histogram);
