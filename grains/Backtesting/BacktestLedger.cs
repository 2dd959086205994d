using OrleansTrading.Grains.Execution;

namespace OrleansTrading.Grains.Backtesting;

/// <summary>
/// The orders, fills and round trips of one run. The engine appends compact <see cref="LedgerEntry"/> records (in
/// chunks, so growing never copies) and notes which entry closed which; the public ledgers
/// (<see cref="BacktestOrder"/>, <see cref="BacktestFill"/>, <see cref="BacktestTrade"/>) are built from them when read.
/// In a backtest every filled order has exactly one fill, so orders and fills share their entries.
/// </summary>
internal sealed class BacktestLedger(IReadOnlyList<SymbolBars> series)
{
    private const int ChunkBits = 13;
    private const int ChunkSize = 1 << ChunkBits;

    private LedgerEntry[][] _chunks = new LedgerEntry[8][];
    private int[] _tradeEntries = new int[1024];
    private int[] _tradeExits = new int[1024];
    private double[] _tradePnls = new double[1024];
    private int[]? _filled;
    private int _rejected;

    public int Count { get; private set; }

    public int TradeCount { get; private set; }

    public int FillCount => Count - _rejected;

    /// <summary>Records an order (filled or rejected); returns its index.</summary>
    public int Add(in LedgerEntry entry)
    {
        var chunk = Count >> ChunkBits;
        if (chunk == _chunks.Length)
        {
            Array.Resize(ref _chunks, chunk * 2);
        }
        (_chunks[chunk] ??= new LedgerEntry[ChunkSize])[Count & (ChunkSize - 1)] = entry;
        if (entry.FilledQuantity == 0)
        {
            _rejected++;
        }
        _filled = null;
        return Count++;
    }

    /// <summary>Records the round trip opened by entry <paramref name="entry"/> and closed by entry <paramref name="exit"/>.</summary>
    public void AddTrade(int entry, int exit)
    {
        if (TradeCount == _tradeEntries.Length)
        {
            Array.Resize(ref _tradeEntries, TradeCount * 2);
            Array.Resize(ref _tradeExits, TradeCount * 2);
            Array.Resize(ref _tradePnls, TradeCount * 2);
        }
        _tradeEntries[TradeCount] = entry;
        _tradeExits[TradeCount] = exit;
        ref readonly var opened = ref this[entry];
        ref readonly var closed = ref this[exit];
        _tradePnls[TradeCount] = (double)BacktestTrade.NetPnl(opened.Price, closed.Price, closed.FilledQuantity, opened.Commission, closed.Commission);
        TradeCount++;
    }

    public ref readonly LedgerEntry this[int index] => ref _chunks[index >> ChunkBits][index & (ChunkSize - 1)];

    public BacktestOrder Order(int index)
    {
        ref readonly var entry = ref this[index];
        var (side, type) = Kind(entry.Purpose);
        var rejected = entry.FilledQuantity == 0;
        return new BacktestOrder(
            Id(entry), side, type, entry.Quantity,
            type == OrderType.Stop ? entry.Level : null,
            type == OrderType.Limit ? entry.Level : null,
            Time(entry.Symbol, entry.CreatedBar), entry.Reason,
            rejected ? BacktestOrderStatus.Rejected : BacktestOrderStatus.Filled, entry.FilledQuantity,
            rejected ? "insufficient_cash" : null);
    }

    /// <summary>The <paramref name="index"/>-th fill (rejected orders have none).</summary>
    public BacktestFill Fill(int index)
    {
        ref readonly var entry = ref this[FilledEntry(index)];
        return new BacktestFill(Id(entry), Kind(entry.Purpose).Side, entry.FilledQuantity, entry.Price, entry.Commission, Time(entry.Symbol, entry.FillBar));
    }

    /// <summary>The <paramref name="index"/>-th round trip; P&amp;L net of both commissions.</summary>
    public BacktestTrade Trade(int index)
    {
        ref readonly var entry = ref this[_tradeEntries[index]];
        ref readonly var exit = ref this[_tradeExits[index]];
        var quantity = exit.FilledQuantity;
        return new BacktestTrade(
            series[entry.Symbol].Symbol, Time(entry.Symbol, entry.FillBar), entry.Price, Time(exit.Symbol, exit.FillBar), exit.Price, quantity,
            entry.Commission + exit.Commission,
            BacktestTrade.NetPnl(entry.Price, exit.Price, quantity, entry.Commission, exit.Commission),
            exit.Reason!.Value);
    }

    /// <summary>Each round trip's <see cref="BacktestTrade.Pnl"/> as a double, in order: what the metrics read.</summary>
    public ReadOnlySpan<double> TradePnls => _tradePnls.AsSpan(0, TradeCount);

    public IReadOnlyList<BacktestOrder> Orders => new LedgerView<BacktestOrder>(Count, Order);

    public IReadOnlyList<BacktestFill> Fills => new LedgerView<BacktestFill>(FillCount, Fill);

    public IReadOnlyList<BacktestTrade> Trades => new LedgerView<BacktestTrade>(TradeCount, Trade);

    private static (OrderSide Side, OrderType Type) Kind(OrderPurpose purpose) => purpose switch
    {
        OrderPurpose.Buy => (OrderSide.Buy, OrderType.Market),
        OrderPurpose.Sell => (OrderSide.Sell, OrderType.Market),
        OrderPurpose.Stop => (OrderSide.Sell, OrderType.Stop),
        _ => (OrderSide.Sell, OrderType.Limit),
    };

    private BacktestOrderId Id(in LedgerEntry entry) => new(series[entry.Symbol].Symbol, Time(entry.Symbol, entry.IdBar), entry.Purpose);

    private DateTimeOffset Time(int symbol, int bar) => series[symbol].Bars[bar].Timestamp;

    private int FilledEntry(int fill)
    {
        if (_rejected == 0)
        {
            return fill;
        }
        if (_filled is null)
        {
            var filled = new int[FillCount];
            for (int i = 0, f = 0; i < Count; i++)
            {
                if (this[i].FilledQuantity > 0)
                {
                    filled[f++] = i;
                }
            }
            _filled = filled;
        }
        return _filled[fill];
    }
}
