using Microsoft.Extensions.Logging;
using Orleans.Streams;
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
/// time), in this order: broker (idempotent by client order id) → ledger trade (idempotent by derived id) → state →
/// ledger position row → events. A crash anywhere is repaired by replaying the same client order id.
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

    private string _botId = "";
    private string _symbol = "";
    private DateTimeOffset _lastMarkWrite = DateTimeOffset.MinValue;
    private IGrainTimer? _watchdog;
    private StreamSubscriptionHandle<PriceUpdate>? _prices;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_botId, _symbol) = PositionKeys.Parse(this.GetPrimaryKeyString());
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
        if (state.State.AppliedOrders.Contains(command.ClientOrderId))
        {
            return await ReplayAsync(command.ClientOrderId);
        }
        var order = new Order
        {
            ClientOrderId = command.ClientOrderId,
            Symbol = _symbol,
            Side = OrderSide.Buy,
            Type = OrderType.Market,
            Quantity = command.Quantity,
            CreatedAt = time.GetUtcNow(),
        };
        RecordSubmission(command.BarClosedAt);
        var placed = await broker.SubmitOrderAsync(new BrokerOrderRequest(_botId, order, command.ReferencePrice), CancellationToken.None);
        if (Unfilled(placed) is { } unfilled)
        {
            return unfilled;
        }
        var price = placed.AverageFillPrice!.Value;
        var commission = broker.CommissionFor(placed);
        var trade = new Trade
        {
            Id = LedgerIds.TradeId(placed.ClientOrderId),
            BotId = _botId,
            Symbol = _symbol,
            Type = TradeSide.Buy,
            Quantity = placed.FilledQuantity,
            Price = price,
            Timestamp = placed.UpdatedAt,
            IndicatorsSnapshot = command.IndicatorsSnapshot,
            OrderId = placed.ClientOrderId,
            Status = TradeStatus.Filled,
            Commission = commission,
            Slippage = Math.Round((price - command.ReferencePrice) * placed.FilledQuantity, 6),
        };
        await ledger.RecordTradeAsync(trade, CancellationToken.None);
        var wasFlat = state.State.Open is null;
        var positionId = state.State.Open?.Id ?? LedgerIds.PositionId(placed.ClientOrderId);
        var open = PositionBookkeeping.ApplyBuy(state.State, positionId, placed.FilledQuantity, price, commission,
            command.StopLossPercent, command.TakeProfitPercent, placed.UpdatedAt);
        PositionBookkeeping.Remember(state.State, placed.ClientOrderId);
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

    public async Task<PositionCommandResult> CloseAsync(CloseCommand command)
    {
        if (state.State.AppliedOrders.Contains(command.ClientOrderId))
        {
            return await ReplayAsync(command.ClientOrderId);
        }
        if (state.State.Open is not { } open)
        {
            return new PositionCommandResult { Outcome = PositionCommandOutcome.NotOpen, Message = $"No open {_symbol} position." };
        }
        var reference = command.ReferencePrice ?? await CurrentPriceAsync(open);
        RecordSubmission(command.BarClosedAt);
        return await SellAsync(open, command.ClientOrderId, command.Reason, reference, command.IndicatorsSnapshot, command.Quantity);
    }

    private async Task<PositionCommandResult> SellAsync(OpenPositionState open, string clientOrderId, ExitReason reason, decimal reference, string? snapshot,
        int? quantity = null)
    {
        var selling = quantity is { } q && q > 0 && q < open.Quantity ? q : open.Quantity;
        // A take-profit is a resting limit at the target in spirit: it gets its price, no slippage.
        var order = new Order
        {
            ClientOrderId = clientOrderId,
            Symbol = _symbol,
            Side = OrderSide.Sell,
            Type = reason == ExitReason.TakeProfit ? OrderType.Limit : OrderType.Market,
            LimitPrice = reason == ExitReason.TakeProfit ? open.TakeProfitPrice : null,
            Quantity = selling,
            CreatedAt = time.GetUtcNow(),
        };
        var placed = await broker.SubmitOrderAsync(new BrokerOrderRequest(_botId, order, reference), CancellationToken.None);
        if (Unfilled(placed) is { } unfilled)
        {
            return unfilled;
        }
        var price = placed.AverageFillPrice!.Value;
        var commission = broker.CommissionFor(placed);
        var closing = open;
        var heldBefore = open.Quantity;
        var realized = PositionBookkeeping.ApplySell(state.State, placed.FilledQuantity, price, commission, placed.UpdatedAt);
        var trade = new Trade
        {
            Id = LedgerIds.TradeId(placed.ClientOrderId),
            BotId = _botId,
            Symbol = _symbol,
            Type = TradeSide.Sell,
            Quantity = placed.FilledQuantity,
            Price = price,
            Timestamp = placed.UpdatedAt,
            IndicatorsSnapshot = snapshot ?? ExitSnapshot(reason),
            ProfitLoss = Math.Round(realized, 6),
            OrderId = placed.ClientOrderId,
            Status = TradeStatus.Filled,
            Commission = commission,
            Slippage = Math.Round((reference - price) * placed.FilledQuantity, 6),
        };
        await ledger.RecordTradeAsync(trade, CancellationToken.None);
        PositionBookkeeping.Remember(state.State, placed.ClientOrderId);
        await state.WriteStateAsync();
        var position = state.State.Open is { } remaining
            ? PositionBookkeeping.ToOpenPosition(_botId, _symbol, remaining)
            : PositionBookkeeping.ToClosedPosition(_botId, _symbol, closing, heldBefore, price, Math.Round(closing.RealizedPnl, 6), placed.UpdatedAt);
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
        if (state.State.Open is not { } open || update.Price <= 0)
        {
            return;
        }
        open.CurrentPrice = update.Price;
        if (PositionBookkeeping.ExitTriggeredBy(open, update.Price) is { } exit)
        {
            var clientOrderId = ClientOrderIds.Derive(_botId, _symbol, update.Timestamp, OrderSide.Sell);
            try
            {
                RecordSubmission(update.Timestamp);
                await SellAsync(open, clientOrderId, exit, update.Price, null);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The next price update retries with its own id; the broker's idempotency covers a partial run of this one.
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

    private void RecordSubmission(DateTimeOffset? barClosedAt)
    {
        metrics.OrdersSubmitted.Add(1);
        if (barClosedAt is { } closed)
        {
            metrics.BarCloseToSubmit.Record((time.GetUtcNow() - closed).TotalMilliseconds);
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

    private static PositionCommandResult? Unfilled(OrderRecord placed) => placed.Status switch
    {
        OrderState.Filled => null,
        OrderState.Rejected or OrderState.Cancelled or OrderState.Expired =>
            new PositionCommandResult { Outcome = PositionCommandOutcome.Rejected, Message = $"Order {placed.ClientOrderId} is {placed.Status}." },
        _ => new PositionCommandResult { Outcome = PositionCommandOutcome.Pending, Message = $"Order {placed.ClientOrderId} is resting." },
    };

    private async Task PublishAsync(Trade trade, Position position)
    {
        var streams = this.GetStreamProvider(StreamNames.Provider);
        await TradingEvents.TradeAsync(streams, trade);
        await TradingEvents.PositionAsync(streams, position);
    }

    private static string ExitSnapshot(ExitReason reason) => reason switch
    {
        ExitReason.StopLoss => """{"exit_reason":"stop_loss"}""",
        ExitReason.TakeProfit => """{"exit_reason":"take_profit"}""",
        ExitReason.Manual => """{"exit_reason":"manual"}""",
        ExitReason.KillSwitch => """{"exit_reason":"kill_switch"}""",
        _ => """{"exit_reason":"signal"}""",
    };
}
