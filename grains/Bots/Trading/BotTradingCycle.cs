using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.GrainInterfaces.Market;
using OrleansTrading.GrainInterfaces.Positions;
using OrleansTrading.Grains.Execution;
using OrleansTrading.Grains.MarketData.Clock;
using OrleansTrading.Grains.Risk;
using OrleansTrading.Grains.Signals;

using OrleansTrading.Grains.Time;

namespace OrleansTrading.Grains.Bots.Trading;

/// <summary>
/// One bot's trading cycle (DESIGN §6), owned by its grain: for every symbol, the bars completed since the last
/// cycle → indicators (incremental, rebuilt from the symbol's window on the first cycle) → signal → risk (gates:
/// market open, trading window in America/New_York, kill switch, daily loss, drawdown) → order through the
/// position grain with a client order id derived from (bot, symbol, bar time, side). Errors of one symbol do not stop
/// the others; the cycle reports the first as its error.
/// </summary>
public sealed class BotTradingCycle(string botId, BotConfig config, TimeSpan barPeriod, IGrainFactory grains, MarketClock marketClock, TradingClock time)
{
    /// <summary>Bars asked from a symbol grain when rebuilding indicator state.</summary>
    private const int HistoryBars = 1000;

    private static readonly TimeSpan EquitySnapshotInterval = TimeSpan.FromMinutes(1);

    /// <summary>A quiet bot still re-reads its book this often (halts, equity curve).</summary>
    private static readonly TimeSpan BookRefreshInterval = TimeSpan.FromSeconds(5);

    private readonly RiskLimits _limits = RiskLimits.From(config);
    private readonly TradingWindow _window = TradingWindow.From(config.StartHour, config.StartMinute, config.EndHour, config.EndMinute);
    private readonly Dictionary<string, SymbolSignalTracker> _trackers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PriceBar> _delivered = new(StringComparer.Ordinal);
    private BotBookSummary? _lastBook;
    private DateTimeOffset? _lastSnapshotSlot;
    private DateTimeOffset _lastBookAt = DateTimeOffset.MinValue;

    /// <summary>A halt that started in the last cycle (for the grain to alert on), else null.</summary>
    public string? HaltChanged { get; private set; }

    /// <summary>A bar pushed by its symbol grain, used by the next cycle instead of asking for it when it is the very next bar.</summary>
    public void Deliver(string symbol, PriceBar bar) => _delivered[symbol] = bar;

    public async Task<BotCycleReport> RunAsync(BotState state)
    {
        HaltChanged = null;
        var now = time.GetUtcNow();
        var session = NyseCalendar.ExchangeDate(now);
        var marketOpen = marketClock.SnapshotAt(now).IsOpen;
        var positions = config.Symbols.ToDictionary(s => s, s => grains.GetGrain<IPositionGrain>(PositionKeys.For(botId, s)), StringComparer.Ordinal);

        string? error = null;
        // The book (one call per position grain) is read only when a signal needs a risk check, and at least every
        // few seconds for the halts and the equity curve: most cycles of a busy bot end at "hold".
        BotBookSummary? book = null;
        async Task<BotBookSummary> BookAsync()
        {
            if (book is null)
            {
                book = await RefreshBookAsync(positions, session);
                UpdateHalts(state, book, session);
            }
            return book;
        }

        var newBars = 0;
        var orders = 0;
        var rejections = new List<string>();
        foreach (var symbol in config.Symbols)
        {
            try
            {
                var tracker = await TrackerForAsync(symbol, state);
                var bars = _delivered.Remove(symbol, out var pushed) && tracker.LastBar is { } last && pushed.Timestamp == last + barPeriod
                    ? [pushed]
                    : await grains.GetGrain<ISymbolGrain>(symbol).GetBarsAsync(tracker.LastBar, HistoryBars);
                var direction = tracker.Advance(bars, out var fed);
                newBars += fed;
                if (fed == 0 || tracker.LastPriceBar is not { } bar)
                {
                    continue;
                }
                state.LastBars[symbol] = bar.Timestamp;
                if (direction is not (SignalDirection.Buy or SignalDirection.Sell))
                {
                    continue;
                }
                var close = (decimal)bar.Close;
                var current = await BookAsync();
                var check = RiskManager.Evaluate(new RiskCheckRequest
                {
                    Symbol = symbol,
                    Side = direction,
                    ReferencePrice = close,
                    Now = now,
                    Limits = _limits,
                    OpenPositions = current.OpenPositions,
                    SessionPnl = current.SessionPnl,
                    Window = _window,
                    IsMarketOpen = marketOpen,
                    KillSwitchActive = state.KillSwitchActive,
                    DrawdownTripped = state.DrawdownTripped,
                });
                if (!check.IsApproved)
                {
                    rejections.Add(symbol + ":" + string.Join('+', check.Rejections));
                    continue;
                }
                var snapshot = tracker.Engine.Decide().ToSnapshotJson(direction == SignalDirection.Sell ? ExitReasons.WireName(ExitReason.Signal) : null);
                var side = direction == SignalDirection.Buy ? OrderSide.Buy : OrderSide.Sell;
                var clientOrderId = ClientOrderIds.Derive(botId, symbol, bar.Timestamp, side);
                var result = side == OrderSide.Buy
                    ? await positions[symbol].BuyAsync(new BuyCommand
                    {
                        ClientOrderId = clientOrderId,
                        Quantity = check.Quantity,
                        StopLossPercent = _limits.StopLossPercent,
                        TakeProfitPercent = _limits.TakeProfitPercent,
                        BarTimestamp = bar.Timestamp,
                        IndicatorsSnapshot = snapshot,
                        ReferencePrice = close,
                        BarClosedAt = bar.Timestamp + barPeriod,
                    })
                    : await positions[symbol].CloseAsync(new CloseCommand
                    {
                        ClientOrderId = clientOrderId,
                        Reason = ExitReason.Signal,
                        IndicatorsSnapshot = snapshot,
                        ReferencePrice = close,
                        BarClosedAt = bar.Timestamp + barPeriod,
                    });
                if (result.Outcome == PositionCommandOutcome.Filled)
                {
                    orders++;
                    book = null;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                error ??= $"{symbol}: {Describe(ex)}";
            }
        }
        if (book is null && now - _lastBookAt >= BookRefreshInterval)
        {
            try
            {
                await BookAsync();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                error ??= Describe(ex);
            }
        }
        return new BotCycleReport { Ran = true, NewBars = newBars, OrdersPlaced = orders, Rejections = rejections, Error = error };
    }

    /// <summary>
    /// The indicators of <paramref name="symbol"/> as of its last completed bar, for an exit trade's snapshot; null
    /// when the bot does not trade the symbol or no bar exists yet.
    /// </summary>
    public async Task<string?> ExitSnapshotAsync(string symbol, string exitReason)
    {
        if (!config.Symbols.Contains(symbol, StringComparer.Ordinal))
        {
            return null;
        }
        if (_trackers.TryGetValue(symbol, out var tracker) && tracker.LastBar is not null)
        {
            return tracker.Engine.Decide().ToSnapshotJson(exitReason);
        }
        // Not traded since activation (a stopped bot whose position hit its stop): a throwaway engine over the
        // symbol's window, so the cycle's own state is left exactly as it is.
        var transient = new SymbolSignalTracker(new SignalEngine(config.Indicators, config.SignalRule ?? SignalRule.Majority));
        transient.Advance(await grains.GetGrain<ISymbolGrain>(symbol).GetBarsAsync(null, HistoryBars), out _);
        return transient.LastBar is null ? null : transient.Engine.Decide().ToSnapshotJson(exitReason);
    }

    /// <summary>Sells every open position of the bot (the kill switch's flatten).</summary>
    public async Task FlattenAsync()
    {
        var now = time.GetUtcNow();
        foreach (var symbol in config.Symbols)
        {
            await grains.GetGrain<IPositionGrain>(PositionKeys.For(botId, symbol)).CloseAsync(new CloseCommand
            {
                ClientOrderId = ClientOrderIds.Derive(botId, symbol, now, OrderSide.Sell),
                Reason = ExitReason.KillSwitch,
            });
        }
    }

    /// <summary>The equity point to record at most once a minute (keyed by the minute, so a retry is a no-op).</summary>
    public EquitySnapshot? EquitySnapshotDue(DateTimeOffset now)
    {
        if (_lastBook is not { } book)
        {
            return null;
        }
        var slot = new DateTimeOffset(now.UtcTicks - now.UtcTicks % EquitySnapshotInterval.Ticks, TimeSpan.Zero);
        if (_lastSnapshotSlot == slot)
        {
            return null;
        }
        _lastSnapshotSlot = slot;
        return new EquitySnapshot
        {
            BotId = botId,
            Timestamp = slot,
            Equity = Math.Round(book.Equity, 6),
            Cash = Math.Round(book.Equity - book.PositionsValue, 6),
            PositionsValue = Math.Round(book.PositionsValue, 6),
        };
    }

    private void UpdateHalts(BotState state, BotBookSummary book, DateOnly session)
    {
        if (_limits.MaxDrawdownPercent is { } maxDrawdown)
        {
            var guard = DrawdownGuard.Restore(maxDrawdown, state.EquityPeak ?? book.Equity, state.DrawdownTripped);
            state.DrawdownTripped = guard.Update(book.Equity);
            state.EquityPeak = guard.Peak;
        }
        var (reason, haltSession) = BotTradingRules.CurrentHalt(state.DrawdownTripped, BotTradingRules.DailyLossReached(_limits, book.SessionPnl),
            session, state.HaltReason, state.HaltSession, state.KillSwitchActive);
        if (reason != state.HaltReason && reason is BotTradingRules.DailyLossHalt or BotTradingRules.DrawdownHalt)
        {
            HaltChanged = reason;
        }
        state.HaltReason = reason;
        state.HaltSession = haltSession;
    }

    private async Task<SymbolSignalTracker> TrackerForAsync(string symbol, BotState state)
    {
        if (_trackers.TryGetValue(symbol, out var tracker))
        {
            return tracker;
        }
        tracker = new SymbolSignalTracker(new SignalEngine(config.Indicators, config.SignalRule ?? SignalRule.Majority));
        var history = await grains.GetGrain<ISymbolGrain>(symbol).GetBarsAsync(null, HistoryBars);
        // Rebuild from the window, acting only on bars after the last one this bot acted on (all of it on a first run).
        var upTo = state.LastBars.TryGetValue(symbol, out var last) ? last : history.Count > 0 ? history[^1].Timestamp : DateTimeOffset.MinValue;
        tracker.Warm(history, upTo);
        _trackers[symbol] = tracker;
        return tracker;
    }

    private async Task<BotBookSummary> RefreshBookAsync(Dictionary<string, IPositionGrain> positions, DateOnly session)
    {
        var books = await Task.WhenAll(positions.Values.Select(p => p.GetBookAsync()));
        _lastBookAt = time.GetUtcNow();
        return _lastBook = BotBookSummary.From(config.Capital, books, session);
    }

    private static string Describe(Exception ex) => ex.GetType().Name + ": " + ex.Message;
}
