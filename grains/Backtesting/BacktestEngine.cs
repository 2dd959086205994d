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
    private readonly bool _intraday;
    private readonly TradingWindow? _window;
    private readonly DrawdownGuard? _drawdown;
    private readonly Action<long>? _progress;

    private readonly BacktestLedger _ledger;
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

    // When the drawdown guard's state can change: above the highest equity it has seen it may set a new peak (exact:
    // double → decimal is monotonic, so its decimal peak is that equity's conversion), at or below the trip hint it
    // may trip (widened far beyond double↔decimal rounding). Anywhere else its exact decimal update would change
    // nothing, and that update costs a decimal division per bar.
    private double _drawdownPeakEquity = double.NegativeInfinity;
    private double _drawdownTripHint = double.PositiveInfinity;

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
            SetDrawdownTripHint();
        }

        _data = data.OrderBy(d => d.Symbol, StringComparer.Ordinal).ToArray();
        _symbols = _data
            .Select((d, index) => new SymbolRun(index, d.Symbol, d.Bars, new SignalEngine(config.Indicators, config.SignalRule ?? SignalRule.Majority),
                FirstIndexAtOrAfter(d.Bars, settings.Start), settings.End is { } end ? FirstIndexAfter(d.Bars, end) : d.Bars.Length))
            .ToArray();
        _ledger = new BacktestLedger(_data);
        var duplicate = _symbols.Select(s => s.Symbol).GroupBy(s => s, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Symbol {duplicate.Key} is given twice.", nameof(data));
        }
        // The interval is a property of the data, not of the traded span: the first symbol's whole series decides it, so
        // a walk-forward window is annualised like the full run.
        _interval = BarInterval.Infer(_data[0].Bars);
        _intraday = _interval.IsIntraday;
        _window = _intraday ? TradingWindow.From(config.StartHour, config.StartMinute, config.EndHour, config.EndMinute) : null;
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
        if (_symbols.Length == 1)
        {
            // One symbol (the usual backtest): no merging of timelines.
            var symbol = _symbols[0];
            while (symbol.HasBars)
            {
                var timestamp = symbol.Bars[symbol.Next].Timestamp;
                Advance(symbol, timestamp, ref processed);
                Mark(timestamp);
            }
        }
        else
        {
            RunMerged(ref processed);
        }
        _progress?.Invoke(processed);
        return Result();
    }

    /// <summary>Several symbols: bars in timestamp order, symbols in ordinal order at equal timestamps, one equity point per timestamp.</summary>
    private void RunMerged(ref long processed)
    {
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
                    Advance(symbol, timestamp, ref processed);
                }
            }
            Mark(timestamp);
        }
    }

    /// <summary>Processes the symbol's next bar, at <paramref name="timestamp"/>.</summary>
    private void Advance(SymbolRun symbol, DateTimeOffset timestamp, ref long processed)
    {
        // Daily bars: every bar is its own session. Intraday: a New York date (the check converts time zones once per
        // date, so it stays off the per-bar cost).
        if (!_intraday || _sessions.IsNewSession(timestamp))
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
            CheckExits(symbol, bar, index);
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
            Exit(symbol, index, (decimal)bar.Close, index, ExitReason.EndOfData);
        }
    }

    private void FillAtOpen(SymbolRun symbol, PendingOrder order, in Bar bar, int index)
    {
        if (order.Side == OrderSide.Buy)
        {
            Enter(symbol, order.Quantity, order.DecidedBar, (decimal)bar.Open, index, index);
        }
        else if (symbol.Quantity > 0)
        {
            Exit(symbol, order.DecidedBar, (decimal)bar.Open, index, ExitReason.Signal);
        }
    }

    /// <summary>
    /// Stop and target after the bar's opening fills: an open at/through a level exits at the open; else a low at or
    /// under the stop exits at the stop (the stop wins when both are touched); else a high at or over the target
    /// exits at the target. The fill prices are <see cref="FillSimulator"/>'s: stops pay slippage, limits do not.
    /// Backtest fills take no volume cap (<see cref="BacktestSettings.ToFillOptions"/>), so an exit sells everything.
    /// </summary>
    private void CheckExits(SymbolRun symbol, in Bar bar, int index)
    {
        if (bar.Low <= symbol.StopHint && (decimal)bar.Open < symbol.TakeProfit
            && _fills.FillPrice(OrderSide.Sell, OrderType.Stop, null, symbol.StopLoss, bar) is { } stopPrice)
        {
            Close(symbol, OrderPurpose.Stop, index, symbol.EntryBar, symbol.StopLoss, stopPrice, index, ExitReason.StopLoss);
            return;
        }
        if (bar.High >= symbol.TargetHint && _fills.FillPrice(OrderSide.Sell, OrderType.Limit, symbol.TakeProfit, null, bar) is { } targetPrice)
        {
            Close(symbol, OrderPurpose.Target, index, symbol.EntryBar, symbol.TakeProfit, targetPrice, index, ExitReason.TakeProfit);
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
            symbol.Pending = new PendingOrder(side, side == OrderSide.Buy ? check.Quantity : symbol.Quantity, index);
        }
        else if (side == OrderSide.Buy)
        {
            Enter(symbol, check.Quantity, index, (decimal)bar.Close, index, index + 1);
        }
        else
        {
            Exit(symbol, index, (decimal)bar.Close, index, ExitReason.Signal);
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
            IsMarketOpen = !_intraday || RegularTradingHours.Contains(bar.Timestamp),
            DrawdownTripped = _drawdown?.IsTripped ?? false,
            LimitToFreeCapital = false,
        };
    }

    /// <summary>
    /// A market buy of <paramref name="orderQuantity"/> decided on bar <paramref name="decidedBar"/>, filled on bar
    /// <paramref name="fillBar"/> at <paramref name="reference"/> + slippage — only what cash pays: quantity × price +
    /// commission ≤ cash, shrunk if needed; 0 shares → rejected.
    /// </summary>
    private void Enter(SymbolRun symbol, int orderQuantity, int decidedBar, decimal reference, int fillBar, int exitChecksFrom)
    {
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
            _ledger.Add(new LedgerEntry(symbol.Index, OrderPurpose.Buy, decidedBar, decidedBar, fillBar, orderQuantity, 0, 0, 0, 0, null));
            return;
        }
        var commission = _fills.Commission(quantity);
        symbol.EntryLedgerIndex = Book(new LedgerEntry(symbol.Index, OrderPurpose.Buy, decidedBar, decidedBar, fillBar, orderQuantity, quantity, price, commission, 0, null));
        symbol.Quantity = quantity;
        symbol.EntryPrice = price;
        symbol.EntryBar = fillBar;
        symbol.StopLoss = price * _stopLossFactor;
        symbol.TakeProfit = price * _takeProfitFactor;
        symbol.StopHint = (double)symbol.StopLoss * (1 + HintTolerance);
        symbol.TargetHint = (double)symbol.TakeProfit * (1 - HintTolerance);
        symbol.ExitChecksFrom = exitChecksFrom;
    }

    /// <summary>A market sell of the whole position decided on bar <paramref name="decidedBar"/>, filled on <paramref name="fillBar"/> at <paramref name="reference"/> − slippage.</summary>
    private void Exit(SymbolRun symbol, int decidedBar, decimal reference, int fillBar, ExitReason reason) =>
        Close(symbol, OrderPurpose.Sell, decidedBar, decidedBar, 0, _fills.Slipped(reference, OrderSide.Sell), fillBar, reason);

    /// <summary>
    /// Sells the whole position at <paramref name="price"/> and closes the round trip. A resting stop-loss or
    /// take-profit is named after the bar it fills on and was created with the entry's fill; a market sell is both
    /// named after and created at its decision.
    /// </summary>
    private void Close(SymbolRun symbol, OrderPurpose purpose, int idBar, int createdBar, decimal level, decimal price, int fillBar, ExitReason reason)
    {
        var quantity = symbol.Quantity;
        var exit = Book(new LedgerEntry(symbol.Index, purpose, idBar, createdBar, fillBar, quantity, quantity, price, _fills.Commission(quantity), level, reason));
        _ledger.AddTrade(symbol.EntryLedgerIndex, exit);
        symbol.Quantity = 0;
    }

    /// <summary>Books a filled order: the ledger, then cash and position in the portfolio. Returns the ledger index.</summary>
    private int Book(in LedgerEntry entry)
    {
        var side = entry.Purpose == OrderPurpose.Buy ? OrderSide.Buy : OrderSide.Sell;
        _book.Apply(_symbols[entry.Symbol].Symbol, side, entry.FilledQuantity, entry.Price, entry.Commission);
        _cash = (double)_book.Cash;
        _tradedNotional += entry.Price * entry.FilledQuantity;
        return _ledger.Add(entry);
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
        if (_drawdown is not null && (equity > _drawdownPeakEquity || equity <= _drawdownTripHint))
        {
            _drawdown.Update((decimal)equity);
            _drawdownPeakEquity = Math.Max(_drawdownPeakEquity, equity);
            SetDrawdownTripHint();
        }
    }

    private void SetDrawdownTripHint()
    {
        if (_drawdown!.IsTripped)
        {
            // Tripped stays tripped: nothing later can change what the run reads from the guard.
            (_drawdownPeakEquity, _drawdownTripHint) = (double.PositiveInfinity, double.NegativeInfinity);
            return;
        }
        _drawdownTripHint = (double)_drawdown.Peak * (1 - (double)_drawdown.MaxDrawdownPercent / 100) * (1 + HintTolerance);
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
            Orders = _ledger.Orders,
            Fills = _ledger.Fills,
            Trades = _ledger.Trades,
            Equity = equity,
            RiskRejections = _rejections,
            BarsInMarket = _barsInMarket,
            TradedNotional = _tradedNotional,
            FinalEquity = finalEquity,
            Metrics = PerformanceCalculator.ComputeFromPnls(_settings.Capital, finalEquity, equity, _ledger.TradePnls, _barsInMarket, _tradedNotional, _interval.PeriodsPerYear),
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
