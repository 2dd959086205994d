namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// One OHLCV bar as indicator math sees it (<see cref="double"/>; money in orders and ledgers stays decimal).
/// <see cref="Timestamp"/> is the bar's open time in UTC.
/// </summary>
public readonly record struct Bar(DateTimeOffset Timestamp, double Open, double High, double Low, double Close, double Volume);
