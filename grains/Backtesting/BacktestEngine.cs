using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.Grains.Backtesting.Metrics;
using OrleansTrading.Grains.Execution;
using OrleansTrading.Grains.Indicators;
using OrleansTrading.Grains.Portfolio;
using OrleansTrading.Grains.Risk;
using OrleansTrading.Grains.Signals;

namespace OrleansTrading.Grains.Backtesting;

/// <summary>
/// The deterministic bar-by-bar backtester (issue 4 §1; README "Backtesting" states the semantics). It runs the live
/// code — <see cref="SignalEngine"/>, <see cref="RiskManager"/>, <see cref="FillSimulator"/>, <see cref="PortfolioBook"/>
/// — over history: at the close of each bar the bot decides; market orders fill at the next open (or this close);
/// stop-loss and take-profit are checked on every bar while a position is open; symbols share one cash account and are
/// processed in timestamp order, ordinal symbol order at equal timestamps. Bars with nothing to do allocate nothing.
/// </summary>
public sealed class BacktestEngine
{
    /// <summary>Semantic version of the engine's rules; part of the run id, bumped whenever results would change.</summary>
    public const string Version = "1.0.0";

    private const int ProgressEvery = 1 << 16;

    // Widening of the double pre-check around the decimal exit levels (see SymbolRun.StopHint).
    private const double HintTolerance = 1e-9;

    private readonly BotConfig _config;
    private readonly BacktestSettings _settings;
    private readonly RiskLimits _limits;
    private readonly FillSimulator _fills;
    private readonly PortfolioBook _book;
    private readonly SymbolRun[] _symbols;
    private readonly SymbolBars[] _data;
    private readonly BarInterval _interval;
    private readonly TradingWindow? _window;
    private readonly DrawdownGuard? _drawdown;
    private readonly Action<long>? _progress;

    private readonly List<BacktestOrder> _orders = [];
    private readonly List<Fill> _fillLedger = [];
    private readonly List<BacktestTrade> _trades = [];
    private readonly SortedDictionary<string, int> _rejections = new(StringComparer.Ordinal);
    private EquityPoint[] _equity;
    private int _equityCount;
    private double _cash;
    private decimal _tradedNotional;
    private int _barsInMarket;
    private NewYorkSessions _sessions;
    private double _sessionStartEquity;
    private double _lastEquity;

    private BacktestEngine(BotConfig config, IReadOnlyList<SymbolBars> data, BacktestSettings settings, Action<long>? progress)
    {
        _config = config;
        _settings = settings.Validated();
        _limits = RiskLimits.From(config) with { Capital = settings.Capital };
        _fills = new FillSimulator(settings.ToFillOptions());
        _book = new PortfolioBook(settings.Capital);
        _cash = (double)settings.Capital;
        _lastEquity = _cash;
        _sessionStartEquity = _cash;
        _progress = progress;
        _drawdown = config.RiskManagement.MaxDrawdown is { } maxDrawdown ? new DrawdownGuard(maxDrawdown) : null;
        if (_drawdown is not null)
        {
            _drawdown.Update(settings.Capital);
        }

        _data = data.OrderBy(d => d.Symbol, StringComparer.Ordinal).ToArray();
        _symbols = _data
            .Select(d => new SymbolRun(d.Symbol, d.Bars, new SignalEngine(config.Indicators, config.SignalRule ?? SignalRule.Majority),
                FirstIndexAtOrAfter(d.Bars, settings.Start), settings.End is { } end ? FirstIndexAfter(d.Bars, end) : d.Bars.Length))
            .ToArray();
        var duplicate = _symbols.Select(s => s.Symbol).GroupBy(s => s, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Symbol {duplicate.Key} is given twice.", nameof(data));
        }
        // The interval is a property of the data, not of the traded span: the first symbol's whole series decides it, so
        // a walk-forward window is annualised like the full run.
        _interval = BarInterval.Infer(_data[0].Bars);
        _window = _interval.IsIntraday ? TradingWindow.From(config.StartHour, config.StartMinute, config.EndHour, config.EndMinute) : null;
        _equity = new EquityPoint[Math.Max(1, _symbols.Max(s => s.End - s.First))];
    }

    /// <summary>Runs <paramref name="config"/> over <paramref name="data"/>; <paramref name="progress"/> hears the bars done every 65,536 bars.</summary>
    public static BacktestResult Run(BotConfig config, IReadOnlyList<SymbolBars> data, BacktestSettings settings, Action<long>? progress = null)
    {
        if (data.Count == 0)
        {
            throw new ArgumentException("At least one symbol's bars are needed.", nameof(data));
        }
        return new BacktestEngine(config, data, settings, progress).Run();
    }

    private BacktestResult Run()
    {
        foreach (var symbol in _symbols)
        {
            WarmUp(symbol);
        }
        long processed = 0;
        while (true)
        {
            var ticks = long.MaxValue;
            foreach (var symbol in _symbols)
            {
                if (symbol.HasBars && symbol.NextTicks < ticks)
                {
                    ticks = symbol.NextTicks;
                }
            }
            if (ticks == long.MaxValue)
            {
                break;
            }
            DateTimeOffset timestamp = default;
            foreach (var symbol in _symbols)
            {
                if (symbol.HasBars && symbol.NextTicks == ticks)
                {
                    timestamp = symbol.Bars[symbol.Next].Timestamp;
                    // Daily bars: every bar is its own session. Intraday: a New York date (the check converts time
                    // zones once per date, so it stays off the per-bar cost).
                    if (!_interval.IsIntraday || _sessions.IsNewSession(timestamp))
                    {
                        _sessionStartEquity = _lastEquity;
                    }
                    ProcessBar(symbol, symbol.Next);
                    symbol.Next++;
                    if (++processed % ProgressEvery == 0)
                    {
                        _progress?.Invoke(processed);
                    }
                }
            }
            Mark(timestamp);
        }
        _progress?.Invoke(processed);
        return Result();
    }

    private static void WarmUp(SymbolRun symbol)
    {
        for (var i = 0; i < symbol.First; i++)
        {
            symbol.Signals.Update(symbol.Bars[i]);
            symbol.LastClose = symbol.Bars[i].Close;
        }
        symbol.Next = symbol.First;
    }

    private void ProcessBar(SymbolRun symbol, int index)
    {
        ref readonly var bar = ref symbol.Bars[index];
        if (symbol.Pending is { } pending)
        {
            symbol.Pending = null;
            FillAtOpen(symbol, pending, bar, index);
        }
        if (symbol.Quantity > 0 && index >= symbol.ExitChecksFrom && (bar.Low <= symbol.StopHint || bar.High >= symbol.TargetHint))
        {
            CheckExits(symbol, bar);
        }
        var direction = symbol.Signals.Update(bar);
        symbol.LastClose = bar.Close;
        var isLast = index == symbol.End - 1;
        if (direction != SignalDirection.Hold && !isLast)
        {
            Decide(symbol, direction, bar, index);
        }
        if (isLast && symbol.Quantity > 0)
        {
            Exit(symbol, MarketOrder(symbol, OrderSide.Sell, symbol.Quantity, bar.Timestamp), (decimal)bar.Close, bar.Timestamp, ExitReason.EndOfData);
        }
    }

    private void FillAtOpen(SymbolRun symbol, Order order, in Bar bar, int index)
    {
        if (order.Side == OrderSide.Buy)
        {
            Enter(symbol, order, (decimal)bar.Open, bar.Timestamp, index);
        }
        else if (symbol.Quantity > 0)
        {
            Exit(symbol, order, (decimal)bar.Open, bar.Timestamp, ExitReason.Signal);
        }
    }

    /// <summary>
    /// Stop and target after the bar's opening fills: an open at/through a level exits at the open; else a low at or
    /// under the stop exits at the stop (the stop wins when both are touched); else a high at or over the target
    /// exits at the target. The fill prices are <see cref="FillSimulator"/>'s: stops pay slippage, limits do not.
    /// </summary>
    private void CheckExits(SymbolRun symbol, in Bar bar)
    {
        if (bar.Low <= symbol.StopHint && (decimal)bar.Open < symbol.TakeProfit)
        {
            var stop = ExitOrder(symbol, OrderType.Stop, bar.Timestamp);
            if (_fills.TryFill(stop, bar) is { } stopFill)
            {
                Record(symbol, stop, stopFill, ExitReason.StopLoss);
                return;
            }
        }
        if (bar.High >= symbol.TargetHint)
        {
            var target = ExitOrder(symbol, OrderType.Limit, bar.Timestamp);
            if (_fills.TryFill(target, bar) is { } targetFill)
            {
                Record(symbol, target, targetFill, ExitReason.TakeProfit);
            }
        }
    }

    private void Decide(SymbolRun symbol, SignalDirection direction, in Bar bar, int index)
    {
        if (direction == SignalDirection.Sell ? symbol.Quantity == 0 : symbol.Quantity > 0)
        {
            // Sell with nothing to sell, or buy while holding (no pyramiding): not an order, not a rejection.
            return;
        }
        var check = RiskManager.Evaluate(RiskRequest(symbol, direction, bar));
        if (!check.IsApproved)
        {
            foreach (var code in check.Rejections)
            {
                var key = RejectionKey(code);
                _rejections[key] = _rejections.GetValueOrDefault(key) + 1;
            }
            return;
        }
        var side = direction == SignalDirection.Buy ? OrderSide.Buy : OrderSide.Sell;
        var order = MarketOrder(symbol, side, side == OrderSide.Buy ? check.Quantity : symbol.Quantity, bar.Timestamp);
        if (_settings.Fill == FillModel.NextOpen)
        {
            symbol.Pending = order;
        }
        else if (side == OrderSide.Buy)
        {
            Enter(symbol, order, (decimal)bar.Close, bar.Timestamp, index + 1);
        }
        else
        {
            Exit(symbol, order, (decimal)bar.Close, bar.Timestamp, ExitReason.Signal);
        }
    }

    private RiskCheckRequest RiskRequest(SymbolRun symbol, SignalDirection direction, in Bar bar)
    {
        var open = new List<PositionExposure>();
        var equity = _cash;
        foreach (var other in _symbols)
        {
            if (other.Quantity > 0)
            {
                open.Add(new PositionExposure(other.Symbol, other.Quantity, other.EntryPrice, (decimal)other.LastClose));
                equity += other.Quantity * other.LastClose;
            }
        }
        return new RiskCheckRequest
        {
            Symbol = symbol.Symbol,
            Side = direction,
            ReferencePrice = (decimal)bar.Close,
            Now = bar.Timestamp,
            Limits = _limits,
            OpenPositions = open,
            SessionPnl = (decimal)(equity - _sessionStartEquity),
            Window = _window,
            IsMarketOpen = !_interval.IsIntraday || RegularTradingHours.Contains(bar.Timestamp),
            DrawdownTripped = _drawdown?.IsTripped ?? false,
            LimitToFreeCapital = false,
        };
    }

    /// <summary>A buy fills only what cash pays: quantity × price + commission ≤ cash, shrunk if needed; 0 shares → rejected.</summary>
    private void Enter(SymbolRun symbol, Order order, decimal reference, DateTimeOffset timestamp, int exitChecksFrom)
    {
        var price = _fills.Slipped(reference, OrderSide.Buy);
        var quantity = order.Quantity;
        var cash = _book.Cash;
        if (quantity * price + _fills.Commission(quantity) > cash)
        {
            var affordable = (cash - _settings.Commission) / (price + _settings.CommissionPerShare);
            quantity = affordable <= 0 ? 0 : (int)Math.Min(quantity, Math.Floor(affordable));
        }
        if (quantity == 0)
        {
            _orders.Add(new BacktestOrder(order, null, BacktestOrderStatus.Rejected, 0, "insufficient_cash"));
            return;
        }
        var fill = _fills.FillMarket(order, reference, timestamp, quantity);
        var realized = Apply(order, fill, null);
        symbol.Quantity = fill.Quantity;
        symbol.EntryPrice = fill.Price;
        symbol.EntryCommission = -realized;
        symbol.EntryTime = timestamp;
        symbol.StopLoss = RiskManager.StopLossPrice(fill.Price, _limits.StopLossPercent);
        symbol.TakeProfit = RiskManager.TakeProfitPrice(fill.Price, _limits.TakeProfitPercent);
        symbol.StopHint = (double)symbol.StopLoss * (1 + HintTolerance);
        symbol.TargetHint = (double)symbol.TakeProfit * (1 - HintTolerance);
        symbol.ExitChecksFrom = exitChecksFrom;
    }

    private void Exit(SymbolRun symbol, Order order, decimal reference, DateTimeOffset timestamp, ExitReason reason) =>
        Record(symbol, order, _fills.FillMarket(order, reference, timestamp, symbol.Quantity), reason);

    private void Record(SymbolRun symbol, Order order, Fill fill, ExitReason reason)
    {
        Apply(order, fill, reason);
        _trades.Add(new BacktestTrade(
            symbol.Symbol, symbol.EntryTime, symbol.EntryPrice, fill.Timestamp, fill.Price, fill.Quantity,
            symbol.EntryCommission + fill.Commission,
            (fill.Price - symbol.EntryPrice) * fill.Quantity - symbol.EntryCommission - fill.Commission,
            reason));
        symbol.Quantity = 0;
    }

    private decimal Apply(Order order, Fill fill, ExitReason? reason)
    {
        var realized = _book.Apply(fill);
        _cash = (double)_book.Cash;
        _tradedNotional += fill.Price * fill.Quantity;
        _orders.Add(new BacktestOrder(order, reason, BacktestOrderStatus.Filled, fill.Quantity));
        _fillLedger.Add(fill);
        return realized;
    }

    private void Mark(DateTimeOffset timestamp)
    {
        var equity = _cash;
        var holding = false;
        foreach (var symbol in _symbols)
        {
            if (symbol.Quantity > 0)
            {
                equity += symbol.Quantity * symbol.LastClose;
                holding = true;
            }
        }
        if (holding)
        {
            _barsInMarket++;
        }
        if (_equityCount == _equity.Length)
        {
            Array.Resize(ref _equity, _equity.Length * 2);
        }
        _equity[_equityCount++] = new EquityPoint(timestamp, equity);
        _lastEquity = equity;
        _drawdown?.Update((decimal)equity);
    }

    private BacktestResult Result()
    {
        var equity = _equityCount == _equity.Length ? _equity : _equity[.._equityCount];
        var finalEquity = _book.Cash;
        return new BacktestResult
        {
            Config = _config,
            Settings = _settings,
            Data = _data,
            Interval = _interval,
            Orders = _orders,
            Fills = _fillLedger,
            Trades = _trades,
            Equity = equity,
            RiskRejections = _rejections,
            BarsInMarket = _barsInMarket,
            TradedNotional = _tradedNotional,
            FinalEquity = finalEquity,
            Metrics = PerformanceCalculator.Compute(_settings.Capital, finalEquity, equity, _trades, _barsInMarket, _tradedNotional, _interval.PeriodsPerYear),
        };
    }

    private static Order MarketOrder(SymbolRun symbol, OrderSide side, int quantity, DateTimeOffset decidedAt) => new()
    {
        ClientOrderId = OrderId(symbol.Symbol, decidedAt, side == OrderSide.Buy ? "buy" : "sell"),
        Symbol = symbol.Symbol,
        Side = side,
        Type = OrderType.Market,
        Quantity = quantity,
        CreatedAt = decidedAt,
    };

    /// <summary>The resting stop-loss (stop) or take-profit (limit) order of an open position, recorded when it fills.</summary>
    private static Order ExitOrder(SymbolRun symbol, OrderType type, DateTimeOffset at) => new()
    {
        ClientOrderId = OrderId(symbol.Symbol, at, type == OrderType.Stop ? "stop" : "target"),
        Symbol = symbol.Symbol,
        Side = OrderSide.Sell,
        Type = type,
        Quantity = symbol.Quantity,
        StopPrice = type == OrderType.Stop ? symbol.StopLoss : null,
        LimitPrice = type == OrderType.Limit ? symbol.TakeProfit : null,
        CreatedAt = symbol.EntryTime,
    };

    /// <summary>
    /// Readable and unique within a run (one order per symbol, bar and purpose): <c>SPY-20240102T000000Z-buy</c>. The
    /// hashed ids of <see cref="ClientOrderIds"/> exist for broker idempotency, which a simulation does not need, and
    /// cost a SHA-256 per order.
    /// </summary>
    private static string OrderId(string symbol, DateTimeOffset at, string purpose)
    {
        // Digits written by hand: a format string costs more than the rest of an order's bookkeeping.
        var utc = at.UtcDateTime;
        return string.Create(symbol.Length + purpose.Length + 18, (symbol, utc, purpose), static (span, state) =>
        {
            var (symbol, utc, purpose) = state;
            symbol.AsSpan().CopyTo(span);
            var rest = span[symbol.Length..];
            rest[0] = '-';
            Digits(rest.Slice(1, 4), utc.Year);
            Digits(rest.Slice(5, 2), utc.Month);
            Digits(rest.Slice(7, 2), utc.Day);
            rest[9] = 'T';
            Digits(rest.Slice(10, 2), utc.Hour);
            Digits(rest.Slice(12, 2), utc.Minute);
            Digits(rest.Slice(14, 2), utc.Second);
            rest[16] = 'Z';
            rest[17] = '-';
            purpose.AsSpan().CopyTo(rest[18..]);
        });
    }

    private static void Digits(Span<char> destination, int value)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + value % 10);
            value /= 10;
        }
    }

    private static string RejectionKey(RiskRejectionCode code) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(code.ToString());

    private static int FirstIndexAtOrAfter(Bar[] bars, DateTimeOffset? start)
    {
        if (start is not { } from)
        {
            return 0;
        }
        var index = 0;
        while (index < bars.Length && bars[index].Timestamp < from)
        {
            index++;
        }
        return index;
    }

    private static int FirstIndexAfter(Bar[] bars, DateTimeOffset end)
    {
        var index = bars.Length;
        while (index > 0 && bars[index - 1].Timestamp > end)
        {
            index--;
        }
        return index;
    }
}
