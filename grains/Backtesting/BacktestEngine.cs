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
    private readonly decimal _stopLossFactor;
    private readonly decimal _takeProfitFactor;
    private readonly FillSimulator _fills;
    private readonly PortfolioBook _book;
    private readonly SymbolRun[] _symbols;
    private readonly SymbolBars[] _data;
    private readonly BarInterval _interval;
    private readonly TradingWindow? _window;
    private readonly DrawdownGuard? _drawdown;
    private readonly Action<long>? _progress;

    private readonly List<BacktestOrder> _orders = [];
    private readonly List<BacktestFill> _fillLedger = [];
    private readonly List<BacktestTrade> _trades = [];
    private readonly List<PositionExposure> _openPositions = [];
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
        // RiskManager.StopLossPrice / TakeProfitPrice, with their one division hoisted out of the run.
        _stopLossFactor = RiskManager.StopLossFactor(_limits.StopLossPercent);
        _takeProfitFactor = RiskManager.TakeProfitFactor(_limits.TakeProfitPercent);
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
            Exit(symbol, bar.Timestamp, (decimal)bar.Close, bar.Timestamp, ExitReason.EndOfData);
        }
    }

    private void FillAtOpen(SymbolRun symbol, PendingOrder order, in Bar bar, int index)
    {
        if (order.Side == OrderSide.Buy)
        {
            Enter(symbol, order.Quantity, order.DecidedAt, (decimal)bar.Open, bar.Timestamp, index);
        }
        else if (symbol.Quantity > 0)
        {
            Exit(symbol, order.DecidedAt, (decimal)bar.Open, bar.Timestamp, ExitReason.Signal);
        }
    }

    /// <summary>
    /// Stop and target after the bar's opening fills: an open at/through a level exits at the open; else a low at or
    /// under the stop exits at the stop (the stop wins when both are touched); else a high at or over the target
    /// exits at the target. The fill prices are <see cref="FillSimulator"/>'s: stops pay slippage, limits do not.
    /// Backtest fills take no volume cap (<see cref="BacktestSettings.ToFillOptions"/>), so an exit sells everything.
    /// </summary>
    private void CheckExits(SymbolRun symbol, in Bar bar)
    {
        if (bar.Low <= symbol.StopHint && (decimal)bar.Open < symbol.TakeProfit
            && _fills.FillPrice(OrderSide.Sell, OrderType.Stop, null, symbol.StopLoss, bar) is { } stopPrice)
        {
            Record(symbol, RestingExit(symbol, OrderType.Stop, bar.Timestamp), stopPrice, bar.Timestamp);
            return;
        }
        if (bar.High >= symbol.TargetHint && _fills.FillPrice(OrderSide.Sell, OrderType.Limit, symbol.TakeProfit, null, bar) is { } targetPrice)
        {
            Record(symbol, RestingExit(symbol, OrderType.Limit, bar.Timestamp), targetPrice, bar.Timestamp);
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
                var key = RejectionKeys[code];
                _rejections[key] = _rejections.GetValueOrDefault(key) + 1;
            }
            return;
        }
        var side = direction == SignalDirection.Buy ? OrderSide.Buy : OrderSide.Sell;
        if (_settings.Fill == FillModel.NextOpen)
        {
            symbol.Pending = new PendingOrder(side, side == OrderSide.Buy ? check.Quantity : symbol.Quantity, bar.Timestamp);
        }
        else if (side == OrderSide.Buy)
        {
            Enter(symbol, check.Quantity, bar.Timestamp, (decimal)bar.Close, bar.Timestamp, index + 1);
        }
        else
        {
            Exit(symbol, bar.Timestamp, (decimal)bar.Close, bar.Timestamp, ExitReason.Signal);
        }
    }

    private RiskCheckRequest RiskRequest(SymbolRun symbol, SignalDirection direction, in Bar bar)
    {
        // One list for the whole run: the risk manager reads it during the check and keeps nothing.
        _openPositions.Clear();
        var equity = _cash;
        foreach (var other in _symbols)
        {
            if (other.Quantity > 0)
            {
                _openPositions.Add(new PositionExposure(other.Symbol, other.Quantity, other.EntryPrice, (decimal)other.LastClose));
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
            OpenPositions = _openPositions,
            SessionPnl = (decimal)(equity - _sessionStartEquity),
            Window = _window,
            IsMarketOpen = !_interval.IsIntraday || RegularTradingHours.Contains(bar.Timestamp),
            DrawdownTripped = _drawdown?.IsTripped ?? false,
            LimitToFreeCapital = false,
        };
    }

    /// <summary>
    /// A market buy of <paramref name="orderQuantity"/> decided at <paramref name="decidedAt"/>, filled at
    /// <paramref name="reference"/> + slippage — only what cash pays: quantity × price + commission ≤ cash, shrunk if
    /// needed; 0 shares → rejected.
    /// </summary>
    private void Enter(SymbolRun symbol, int orderQuantity, DateTimeOffset decidedAt, decimal reference, DateTimeOffset timestamp, int exitChecksFrom)
    {
        var id = new BacktestOrderId(symbol.Symbol, decidedAt, OrderPurpose.Buy);
        var price = _fills.Slipped(reference, OrderSide.Buy);
        var quantity = orderQuantity;
        var cash = _book.Cash;
        if (quantity * price + _fills.Commission(quantity) > cash)
        {
            var affordable = (cash - _settings.Commission) / (price + _settings.CommissionPerShare);
            quantity = affordable <= 0 ? 0 : (int)Math.Min(quantity, Math.Floor(affordable));
        }
        if (quantity == 0)
        {
            _orders.Add(new BacktestOrder(id, OrderSide.Buy, OrderType.Market, orderQuantity, null, null, decidedAt, null, BacktestOrderStatus.Rejected, 0, "insufficient_cash"));
            return;
        }
        var order = new BacktestOrder(id, OrderSide.Buy, OrderType.Market, orderQuantity, null, null, decidedAt, null, BacktestOrderStatus.Filled, quantity);
        var realized = Apply(order, price, _fills.Commission(quantity), timestamp);
        symbol.Quantity = quantity;
        symbol.EntryPrice = price;
        symbol.EntryCommission = -realized;
        symbol.EntryTime = timestamp;
        symbol.StopLoss = price * _stopLossFactor;
        symbol.TakeProfit = price * _takeProfitFactor;
        symbol.StopHint = (double)symbol.StopLoss * (1 + HintTolerance);
        symbol.TargetHint = (double)symbol.TakeProfit * (1 - HintTolerance);
        symbol.ExitChecksFrom = exitChecksFrom;
    }

    /// <summary>A market sell of the whole position decided at <paramref name="decidedAt"/>, filled at <paramref name="reference"/> − slippage.</summary>
    private void Exit(SymbolRun symbol, DateTimeOffset decidedAt, decimal reference, DateTimeOffset timestamp, ExitReason reason)
    {
        var order = new BacktestOrder(new BacktestOrderId(symbol.Symbol, decidedAt, OrderPurpose.Sell), OrderSide.Sell, OrderType.Market,
            symbol.Quantity, null, null, decidedAt, reason, BacktestOrderStatus.Filled, symbol.Quantity);
        Record(symbol, order, _fills.Slipped(reference, OrderSide.Sell), timestamp);
    }

    /// <summary>The resting stop-loss (stop) or take-profit (limit) order of the open position, as it fills on the bar at <paramref name="at"/>.</summary>
    private static BacktestOrder RestingExit(SymbolRun symbol, OrderType type, DateTimeOffset at)
    {
        var stop = type == OrderType.Stop;
        return new BacktestOrder(
            new BacktestOrderId(symbol.Symbol, at, stop ? OrderPurpose.Stop : OrderPurpose.Target), OrderSide.Sell, type, symbol.Quantity,
            stop ? symbol.StopLoss : null, stop ? null : symbol.TakeProfit, symbol.EntryTime,
            stop ? ExitReason.StopLoss : ExitReason.TakeProfit, BacktestOrderStatus.Filled, symbol.Quantity);
    }

    /// <summary>Fills the exit <paramref name="order"/> at <paramref name="price"/> and closes the round trip.</summary>
    private void Record(SymbolRun symbol, in BacktestOrder order, decimal price, DateTimeOffset timestamp)
    {
        var quantity = order.FilledQuantity;
        var commission = _fills.Commission(quantity);
        Apply(order, price, commission, timestamp);
        _trades.Add(new BacktestTrade(
            symbol.Symbol, symbol.EntryTime, symbol.EntryPrice, timestamp, price, quantity,
            symbol.EntryCommission + commission,
            (price - symbol.EntryPrice) * quantity - symbol.EntryCommission - commission,
            order.ExitReason!.Value));
        symbol.Quantity = 0;
    }

    /// <summary>Books a filled order: the order and its fill in the ledgers, cash and position in the portfolio; returns the P&amp;L realized.</summary>
    private decimal Apply(in BacktestOrder order, decimal price, decimal commission, DateTimeOffset timestamp)
    {
        var quantity = order.FilledQuantity;
        var realized = _book.Apply(order.Symbol, order.Side, quantity, price, commission);
        _cash = (double)_book.Cash;
        _tradedNotional += price * quantity;
        _orders.Add(order);
        _fillLedger.Add(new BacktestFill(order.Id, order.Side, quantity, price, commission, timestamp));
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

    // snake_case once per code, not per rejected signal.
    private static readonly Dictionary<RiskRejectionCode, string> RejectionKeys = Enum.GetValues<RiskRejectionCode>()
        .ToDictionary(code => code, code => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(code.ToString()));

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
