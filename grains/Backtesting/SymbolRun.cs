using OrleansTrading.Grains.Indicators;
using OrleansTrading.Grains.Signals;

namespace OrleansTrading.Grains.Backtesting;

/// <summary>One symbol's mutable state inside a backtest: its signal engine, cursor, pending order and open position.</summary>
internal sealed class SymbolRun(int index, string symbol, Bar[] bars, SignalEngine signals, int first, int end)
{
    /// <summary>Position among the run's symbols (ordinal order); the ledger's symbol index.</summary>
    public int Index { get; } = index;

    public string Symbol { get; } = symbol;
    public Bar[] Bars { get; } = bars;
    public SignalEngine Signals { get; } = signals;

    /// <summary>Index of the first traded bar (earlier bars only warm the indicators).</summary>
    public int First { get; } = first;

    /// <summary>One past the last traded bar.</summary>
    public int End { get; } = end;

    /// <summary>Next bar to process.</summary>
    public int Next;

    public double LastClose = double.NaN;

    /// <summary>A market order decided at the last close, to fill at this symbol's next open.</summary>
    public PendingOrder? Pending;

    public int Quantity;
    public decimal EntryPrice;

    /// <summary>The bar the open position was filled on.</summary>
    public int EntryBar;

    /// <summary>The ledger entry of the open position's buy.</summary>
    public int EntryLedgerIndex;
    public decimal StopLoss;
    public decimal TakeProfit;

    /// <summary>
    /// Exit levels as doubles, widened by a hair: a cheap pre-check on every bar so the exact decimal check (and its
    /// allocations) only runs when a level may have been touched.
    /// </summary>
    public double StopHint;
    public double TargetHint;

    /// <summary>Stop and target are checked from this bar index on (the fill bar for next-open fills).</summary>
    public int ExitChecksFrom;

    public bool HasBars => Next < End;

    public long NextTicks => Bars[Next].Timestamp.UtcTicks;
}
