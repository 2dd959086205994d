using Microsoft.Extensions.Logging;
using Orleans.Streams;
using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.GrainInterfaces.Market;
using OrleansTrading.GrainInterfaces.Orders;
using OrleansTrading.GrainInterfaces.Positions;
using OrleansTrading.GrainInterfaces.Storage;
using OrleansTrading.GrainInterfaces.Streams;
using OrleansTrading.GrainInterfaces.Trades;
using OrleansTrading.Grains.Execution;
using OrleansTrading.Grains.Execution.Brokers;
using OrleansTrading.Grains.Ledger;
using OrleansTrading.Grains.Observability;
using OrleansTrading.Grains.Streams;
using OrleansTrading.Grains.Time;

namespace OrleansTrading.Grains.Positions;

/// <summary>
/// One bot's holding in one symbol. Orders for the pair are placed here, one at a time (a grain runs one call at a
/// time), in this order: intent written to grain state → broker (idempotent by client order id) → ledger trade
/// (idempotent by derived id) → state (fill applied, intent cleared) → ledger position row → events. A crash anywhere
/// is repaired on the next activation by replaying the written intent with the same client order id.
/// </summary>
public sealed class PositionGrain(
    [PersistentState("position", StorageNames.Trading)] IPersistentState<PositionGrainState> state,
    IBrokerClient broker,
    ITradeLedger ledger,
    TradingClock time,
    TradingMetrics metrics,
    ILogger<PositionGrain> logger) : Grain, IPositionGrain
{
    /// <summary>Price marks write the ledger row and emit <c>position_updated</c> at most this often.</summary>
    private static readonly TimeSpan MarkInterval = TimeSpan.FromSeconds(1);

    /// <summary>How long an exit waits for the bot's indicator snapshot before it goes ahead with the reason alone.</summary>
    private static readonly TimeSpan ExitSnapshotTimeout = TimeSpan.FromSeconds(2);

    private string _botId = "";
    private string _symbol = "";
    private DateTimeOffset _lastMarkWrite = DateTimeOffset.MinValue;
    private IGrainTimer? _watchdog;
    private StreamSubscriptionHandle<PriceUpdate>? _prices;

    private bool IsRetired => state.State.RetiredAt is not null;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_botId, _symbol) = PositionKeys.Parse(this.GetPrimaryKeyString());
        if (IsRetired)
        {
            // Woken by a stray call or a stream event: whatever subscription survived the retirement goes now.
            await DropPriceSubscriptionsAsync();
            return;
        }
        await CompletePendingAsync();
        if (state.State.LastClosed is { } closed)
        {
            // A crash may have cut this write short; a closed row is only ever replaced by a closed row.
            await ledger.UpsertPositionAsync(closed, CancellationToken.None);
        }
        if (state.State.Open is not null)
        {
            await FollowPricesAsync();
        }
    }

    public Task<PositionBook> GetBookAsync() => Task.FromResult(new PositionBook
    {
        Open = state.State.Open is { } open ? PositionBookkeeping.ToOpenPosition(_botId, _symbol, open) : null,
        RealizedTotal = state.State.RealizedTotal,
        Session = state.State.Session,
        RealizedInSession = state.State.RealizedInSession,
    });

    public async Task<PositionCommandResult> BuyAsync(BuyCommand command)
    {
        if (IsRetired)
        {
            return Refused(nameof(BuyAsync));
        }
        await CompletePendingAsync();
        if (state.State.AppliedOrders.Contains(command.ClientOrderId))
        {
            return await ReplayAsync(command.ClientOrderId);
        }
        return await ExecuteAsync(new PendingOrderState
        {
            ClientOrderId = command.ClientOrderId,
            IsBuy = true,
            Quantity = command.Quantity,
            ReferencePrice = command.ReferencePrice,
            StopLossPercent = command.StopLossPercent,
            TakeProfitPercent = command.TakeProfitPercent,
            IndicatorsSnapshot = command.IndicatorsSnapshot,
            BarClosedAt = command.BarClosedAt,
        });
    }

    public async Task<PositionCommandResult> CloseAsync(CloseCommand command)
    {
        if (IsRetired)
        {
            return Refused(nameof(CloseAsync));
        }
        await CompletePendingAsync();
        if (state.State.AppliedOrders.Contains(command.ClientOrderId))
        {
            return await ReplayAsync(command.ClientOrderId);
        }
        if (state.State.Open is not { } open)
        {
            return new PositionCommandResult { Outcome = PositionCommandOutcome.NotOpen, Message = $"No open {_symbol} position." };
        }
        var reference = command.ReferencePrice ?? await CurrentPriceAsync(open);
        return await ExecuteAsync(new PendingOrderState
        {
            ClientOrderId = command.ClientOrderId,
            IsBuy = false,
            Quantity = command.Quantity is { } q && q > 0 && q < open.Quantity ? q : open.Quantity,
            ReferencePrice = reference,
            ExitReason = command.Reason,
            IndicatorsSnapshot = command.IndicatorsSnapshot,
            BarClosedAt = command.BarClosedAt,
        });
    }

    public async Task RetireAsync()
    {
        if (IsRetired)
        {
            return;
        }
        // The grain runs one call at a time, so no mark or exit is half done here: what was in flight has written, and
        // the bot deletes the ledger rows only after this returns. Nothing after it writes again.
        await StopFollowingPricesAsync();
        await DropPriceSubscriptionsAsync();
        state.State = new PositionGrainState { RetiredAt = time.GetUtcNow() };
        await state.WriteStateAsync();
        PositionGrainLog.Retired(logger, _botId, _symbol);
        DeactivateOnIdle();
    }

    private PositionCommandResult Refused(string command)
    {
        PositionGrainLog.RefusedRetired(logger, _botId, _symbol, command);
        return new PositionCommandResult
        {
            Outcome = PositionCommandOutcome.Retired,
            Message = $"Bot '{_botId}' was deleted: its {_symbol} position takes no orders.",
        };
    }

    /// <summary>Completes an order a crash (or a failed call) left in flight, before anything new is decided.</summary>
    private async Task CompletePendingAsync()
    {
        if (state.State.Pending is { } pending)
        {
            PositionGrainLog.Recovering(logger, _botId, _symbol, pending.ClientOrderId);
            await ExecuteAsync(pending, alreadyWritten: true);
        }
    }

    private async Task<PositionCommandResult> ExecuteAsync(PendingOrderState intent, bool alreadyWritten = false)
    {
        if (!alreadyWritten)
        {
            if (!intent.IsBuy && intent.IndicatorsSnapshot is null)
            {
                // Fixed with the intent, so a replay after a crash records the same snapshot.
                intent.IndicatorsSnapshot = await ExitSnapshotAsync(intent.ExitReason ?? ExitReason.Signal);
            }
            state.State.Pending = intent;
            await state.WriteStateAsync();
        }
        metrics.OrdersSubmitted.Add(1);
        if (intent.BarClosedAt is { } closed && !alreadyWritten)
        {
            var path = intent.ExitReason is ExitReason.StopLoss or ExitReason.TakeProfit ? "exit" : "signal";
            metrics.RecordBarCloseToSubmit((time.GetUtcNow() - closed).TotalMilliseconds, path);
        }
        var takeProfit = intent.ExitReason == ExitReason.TakeProfit && state.State.Open?.TakeProfitPrice is not null;
        var order = new Order
        {
            ClientOrderId = intent.ClientOrderId,
            Symbol = _symbol,
            Side = intent.IsBuy ? OrderSide.Buy : OrderSide.Sell,
            // A take-profit is a limit at the target: it gets its price, no slippage.
            Type = takeProfit ? OrderType.Limit : OrderType.Market,
            LimitPrice = takeProfit ? state.State.Open!.TakeProfitPrice : null,
            Quantity = intent.Quantity,
            CreatedAt = time.GetUtcNow(),
        };
        var placed = await broker.SubmitOrderAsync(new BrokerOrderRequest(_botId, order, intent.ReferencePrice), CancellationToken.None);
        if (placed.Status != OrderState.Filled)
        {
            state.State.Pending = null;
            await state.WriteStateAsync();
            return new PositionCommandResult
            {
                Outcome = placed.Status is OrderState.Rejected or OrderState.Cancelled or OrderState.Expired ? PositionCommandOutcome.Rejected : PositionCommandOutcome.Pending,
                Message = $"Order {placed.ClientOrderId} is {placed.Status}.",
            };
        }
        return intent.IsBuy ? await ApplyBuyAsync(intent, placed) : await ApplySellAsync(intent, placed);
    }

    private async Task<PositionCommandResult> ApplyBuyAsync(PendingOrderState intent, OrderRecord placed)
    {
        var price = placed.AverageFillPrice!.Value;
        var commission = broker.CommissionFor(placed);
        var trade = TradeFor(placed, intent.IndicatorsSnapshot, commission, Math.Round((price - intent.ReferencePrice) * placed.FilledQuantity, 6));
        await ledger.RecordTradeAsync(trade, CancellationToken.None);
        var wasFlat = state.State.Open is null;
        var positionId = state.State.Open?.Id ?? LedgerIds.PositionId(placed.ClientOrderId);
        var open = PositionBookkeeping.ApplyBuy(state.State, positionId, placed.FilledQuantity, price, commission,
            intent.StopLossPercent, intent.TakeProfitPercent, placed.UpdatedAt);
        PositionBookkeeping.Remember(state.State, placed.ClientOrderId);
        state.State.Pending = null;
        await state.WriteStateAsync();
        var position = PositionBookkeeping.ToOpenPosition(_botId, _symbol, open);
        await ledger.UpsertPositionAsync(position, CancellationToken.None);
        _lastMarkWrite = time.GetUtcNow();
        PositionGrainLog.Bought(logger, _botId, _symbol, trade.Quantity, price, placed.ClientOrderId);
        await PublishAsync(trade, position);
        if (wasFlat)
        {
            await FollowPricesAsync();
        }
        return new PositionCommandResult { Outcome = PositionCommandOutcome.Filled, Trade = trade, Position = position };
    }

    private async Task<PositionCommandResult> ApplySellAsync(PendingOrderState intent, OrderRecord placed)
    {
        if (state.State.Open is not { } open)
        {
            // Only reachable when state and broker disagree (the fill was applied but the intent not cleared).
            state.State.Pending = null;
            await state.WriteStateAsync();
            return await ReplayAsync(placed.ClientOrderId);
        }
        var price = placed.AverageFillPrice!.Value;
        var commission = broker.CommissionFor(placed);
        var heldBefore = open.Quantity;
        var realized = PositionBookkeeping.ApplySell(state.State, placed.FilledQuantity, price, commission, placed.UpdatedAt);
        var reason = intent.ExitReason ?? ExitReason.Signal;
        var trade = TradeFor(placed, intent.IndicatorsSnapshot ?? ReasonOnlySnapshot(reason), commission,
            Math.Round((intent.ReferencePrice - price) * placed.FilledQuantity, 6)) with { ProfitLoss = Math.Round(realized, 6) };
        await ledger.RecordTradeAsync(trade, CancellationToken.None);
        var position = state.State.Open is { } remaining
            ? PositionBookkeeping.ToOpenPosition(_botId, _symbol, remaining)
            : PositionBookkeeping.ToClosedPosition(_botId, _symbol, open, heldBefore, price, Math.Round(open.RealizedPnl, 6), placed.UpdatedAt);
        if (!position.IsOpen)
        {
            state.State.LastClosed = position;
        }
        PositionBookkeeping.Remember(state.State, placed.ClientOrderId);
        state.State.Pending = null;
        await state.WriteStateAsync();
        await ledger.UpsertPositionAsync(position, CancellationToken.None);
        PositionGrainLog.Closed(logger, _botId, _symbol, trade.Quantity, price, realized, reason);
        await PublishAsync(trade, position);
        if (state.State.Open is null)
        {
            await StopFollowingPricesAsync();
        }
        return new PositionCommandResult { Outcome = PositionCommandOutcome.Filled, Trade = trade, Position = position };
    }

    private async Task OnPriceAsync(PriceUpdate update)
    {
        if (IsRetired)
        {
            // A delivery that was queued before the retirement unsubscribed: it marks and sells nothing.
            return;
        }
        if (state.State.Open is not { } open || update.Price <= 0)
        {
            return;
        }
        open.CurrentPrice = update.Price;
        if (PositionBookkeeping.ExitTriggeredBy(open, update.Price) is { } exit)
        {
            try
            {
                await ExecuteAsync(new PendingOrderState
                {
                    ClientOrderId = ClientOrderIds.Derive(_botId, _symbol, update.Timestamp, OrderSide.Sell),
                    IsBuy = false,
                    Quantity = open.Quantity,
                    ReferencePrice = update.Price,
                    ExitReason = exit,
                    BarClosedAt = update.Timestamp,
                });
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The intent is written: the next command or activation completes it with the same id.
                PositionGrainLog.ExitFailed(logger, ex, _botId, _symbol, exit);
            }
            return;
        }
        var now = time.GetUtcNow();
        if (now - _lastMarkWrite >= MarkInterval)
        {
            _lastMarkWrite = now;
            var position = PositionBookkeeping.ToOpenPosition(_botId, _symbol, open);
            await ledger.UpsertPositionAsync(position, CancellationToken.None);
            await TradingEvents.PositionAsync(this.GetStreamProvider(StreamNames.Provider), position);
        }
    }

    private async Task FollowPricesAsync()
    {
        if (_prices is null)
        {
            var stream = TradingEvents.SymbolPrices(this.GetStreamProvider(StreamNames.Provider), _symbol);
            // A subscription persisted by an earlier activation is resumed (and any duplicate dropped) rather than doubled.
            var handles = await stream.GetAllSubscriptionHandles();
            foreach (var stale in handles.Skip(1))
            {
                await stale.UnsubscribeAsync();
            }
            _prices = handles.Count > 0
                ? await handles[0].ResumeAsync((update, _) => OnPriceAsync(update))
                : await stream.SubscribeAsync((update, _) => OnPriceAsync(update));
        }
        // Keeps the symbol grain (the price source) alive and polled even when no bot asks for bars.
        _watchdog ??= this.RegisterGrainTimer(static (grain, _) => grain.PollSymbolAsync(), this,
            new GrainTimerCreationOptions { DueTime = TimeSpan.FromSeconds(30), Period = TimeSpan.FromSeconds(30), Interleave = false, KeepAlive = true });
    }

    private async Task StopFollowingPricesAsync()
    {
        if (_prices is { } subscription)
        {
            _prices = null;
            await subscription.UnsubscribeAsync();
        }
        _watchdog?.Dispose();
        _watchdog = null;
    }

    /// <summary>Removes every persisted subscription of this grain to its symbol's prices, including one no activation resumed.</summary>
    private async Task DropPriceSubscriptionsAsync()
    {
        var stream = TradingEvents.SymbolPrices(this.GetStreamProvider(StreamNames.Provider), _symbol);
        foreach (var handle in await stream.GetAllSubscriptionHandles())
        {
            await handle.UnsubscribeAsync();
        }
    }

    private Task<int> PollSymbolAsync() => GrainFactory.GetGrain<ISymbolGrain>(_symbol).PollAsync();

    private async Task<decimal> CurrentPriceAsync(OpenPositionState open)
    {
        var snapshot = await GrainFactory.GetGrain<ISymbolGrain>(_symbol).GetSnapshotAsync(0);
        return snapshot?.Price ?? open.CurrentPrice;
    }

    private async Task<PositionCommandResult> ReplayAsync(string clientOrderId)
    {
        var trade = await ledger.GetTradeAsync(LedgerIds.TradeId(clientOrderId), CancellationToken.None);
        var book = await GetBookAsync();
        return new PositionCommandResult { Outcome = PositionCommandOutcome.AlreadyApplied, Trade = trade, Position = book.Open };
    }

    private async Task PublishAsync(Trade trade, Position position)
    {
        var streams = this.GetStreamProvider(StreamNames.Provider);
        await TradingEvents.TradeAsync(streams, trade);
        await TradingEvents.PositionAsync(streams, position);
    }

    /// <summary>The trade row of a filled order; its id derives from the client order id, so a replay writes the same row.</summary>
    private Trade TradeFor(OrderRecord filled, string? snapshot, decimal commission, decimal slippage) => new()
    {
        Id = LedgerIds.TradeId(filled.ClientOrderId),
        BotId = _botId,
        Symbol = _symbol,
        Type = filled.Side,
        Quantity = filled.FilledQuantity,
        Price = filled.AverageFillPrice!.Value,
        Timestamp = filled.UpdatedAt,
        IndicatorsSnapshot = snapshot,
        OrderId = filled.ClientOrderId,
        Status = TradeStatus.Filled,
        Commission = commission,
        Slippage = slippage,
    };

    /// <summary>
    /// The bot's indicators at the exit (seed 002: an exit trade carries them too), or only the reason when the bot
    /// cannot say in time: an exit is never held up by its snapshot.
    /// </summary>
    private async Task<string> ExitSnapshotAsync(ExitReason reason)
    {
        try
        {
            var snapshot = await GrainFactory.GetGrain<IBotGrain>(_botId)
                .GetExitSnapshotAsync(_symbol, ExitReasons.WireName(reason))
                .WaitAsync(ExitSnapshotTimeout);
            return snapshot ?? ReasonOnlySnapshot(reason);
        }
        catch (Exception ex)
        {
            PositionGrainLog.ExitSnapshotUnavailable(logger, _botId, _symbol, ex);
            return ReasonOnlySnapshot(reason);
        }
    }

    private static string ReasonOnlySnapshot(ExitReason reason) => $$"""{"exit_reason":"{{ExitReasons.WireName(reason)}}"}""";
}
