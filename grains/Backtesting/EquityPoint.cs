namespace OrleansTrading.Grains.Backtesting;

/// <summary>
/// Equity after a bar: cash + Σ quantity × close (each symbol marked at its latest close). The time is kept as UTC
/// ticks — 16 bytes a point instead of 24, for a curve of one point per bar — and read back in UTC, which is how every
/// artifact writes it.
/// </summary>
public readonly record struct EquityPoint
{
    private readonly long _utcTicks;

    public EquityPoint(DateTimeOffset timestamp, double equity)
    {
        _utcTicks = timestamp.UtcTicks;
        Equity = equity;
    }

    public DateTimeOffset Timestamp => new(_utcTicks, TimeSpan.Zero);

    public double Equity { get; }
}
