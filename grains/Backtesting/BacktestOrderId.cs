namespace OrleansTrading.Grains.Backtesting;

/// <summary>
/// The parts of a backtest order's client order id, kept as values so that a run creates no string per order; the
/// text (<see cref="ToString"/>) is <c>SPY-20240102T000000Z-buy</c>: symbol, the bar the order belongs to (UTC) and
/// its purpose — unique within a run, since a symbol has at most one order per bar and purpose. The hashed ids of
/// <see cref="Execution.ClientOrderIds"/> exist for broker idempotency, which a simulation does not need.
/// </summary>
public readonly record struct BacktestOrderId(string Symbol, DateTimeOffset At, OrderPurpose Purpose)
{
    private static readonly string[] Suffixes = ["buy", "sell", "stop", "target"];

    public override string ToString()
    {
        // Digits written by hand: artifacts format hundreds of thousands of these, and a format string costs more.
        var suffix = Suffixes[(int)Purpose];
        return string.Create(Symbol.Length + suffix.Length + 18, (Symbol, At.UtcDateTime, suffix), static (span, state) =>
        {
            var (symbol, utc, suffix) = state;
            symbol.AsSpan().CopyTo(span);
            var rest = span[symbol.Length..];
            rest[0] = '-';
            FixedDigits.Write(rest.Slice(1, 4), utc.Year);
            FixedDigits.Write(rest.Slice(5, 2), utc.Month);
            FixedDigits.Write(rest.Slice(7, 2), utc.Day);
            rest[9] = 'T';
            FixedDigits.Write(rest.Slice(10, 2), utc.Hour);
            FixedDigits.Write(rest.Slice(12, 2), utc.Minute);
            FixedDigits.Write(rest.Slice(14, 2), utc.Second);
            rest[16] = 'Z';
            rest[17] = '-';
            suffix.AsSpan().CopyTo(rest[18..]);
        });
    }
}
