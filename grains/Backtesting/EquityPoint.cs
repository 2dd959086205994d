namespace OrleansTrading.Grains.Backtesting;

/// <summary>Equity after a bar: cash + Σ quantity × close (each symbol marked at its latest close).</summary>
public readonly record struct EquityPoint(DateTimeOffset Timestamp, double Equity);
