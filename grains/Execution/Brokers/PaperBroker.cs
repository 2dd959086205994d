using Microsoft.Extensions.Options;
using OrleansTrading.GrainInterfaces.Orders;
using OrleansTrading.GrainInterfaces.Trades;
using OrleansTrading.Grains.Indicators;
using OrleansTrading.Grains.Ledger;

using OrleansTrading.Grains.Time;

namespace OrleansTrading.Grains.Execution.Brokers;

/// <summary>
/// The default broker: fills with the trading core's <see cref="FillSimulator"/> and keeps its orders in the ledger's
/// <c>orders</c> table, which is also what makes it idempotent (a known client order id returns the stored order).
/// At submission the order meets the placer's market price: a market order fills there ± slippage; a limit or stop
/// order fills when that price reaches it and otherwise rests until <see cref="FillRestingAsync"/> sees a bar reach it.
/// </summary>
public sealed class PaperBroker(ITradeLedger ledger, IOptions<PaperBrokerOptions> options, TradingClock time) : IBrokerClient
{
    private readonly FillSimulator _simulator = new(new FillSimulatorOptions
    {
        SlippageBps = options.Value.SlippageBps,
        CommissionPerOrder = options.Value.CommissionPerOrder,
        CommissionPerShare = options.Value.CommissionPerShare,
    });

    public string Name => "paper";

    public async Task<OrderRecord> SubmitOrderAsync(BrokerOrderRequest request, CancellationToken cancellationToken)
    {
        var order = request.Order.Validated();
        if (await ledger.GetOrderAsync(order.ClientOrderId, cancellationToken) is { } known)
        {
            return known;
        }
        if (request.MarketPrice <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.MarketPrice, "The market price must be positive.");
        }
        var now = time.GetUtcNow();
        var price = (double)request.MarketPrice;
        // At submission the only price known is the current one: a one-price bar.
        var fill = order.Type == OrderType.Market
            ? _simulator.FillMarket(order, request.MarketPrice, now)
            : _simulator.TryFill(order, new Bar(now, price, price, price, price, double.MaxValue));
        var record = ToRecord(request.BotId, order, now) with
        {
            Status = fill is null ? OrderState.New : OrderState.Filled,
            FilledQuantity = fill?.Quantity ?? 0,
            AverageFillPrice = fill?.Price,
        };
        await ledger.UpsertOrderAsync(record, cancellationToken);
        // Another placer may have won the race for this id: the stored order is the truth.
        return await ledger.GetOrderAsync(order.ClientOrderId, cancellationToken) ?? record;
    }

    public Task<OrderRecord?> GetOrderAsync(string clientOrderId, CancellationToken cancellationToken) =>
        ledger.GetOrderAsync(clientOrderId, cancellationToken);

    public decimal CommissionFor(OrderRecord order) => order.FilledQuantity > 0 ? _simulator.Commission(order.FilledQuantity) : 0m;

    /// <summary>Offers a completed bar to a resting limit or stop order; returns the order after it (filled or still resting).</summary>
    public async Task<OrderRecord> FillRestingAsync(OrderRecord resting, Bar bar, CancellationToken cancellationToken)
    {
        if (resting.IsFinal || bar.Timestamp < resting.SubmittedAt)
        {
            return resting;
        }
        var order = new Order
        {
            ClientOrderId = resting.ClientOrderId,
            Symbol = resting.Symbol,
            Side = resting.Side == TradeSide.Buy ? OrderSide.Buy : OrderSide.Sell,
            Type = ToOrderType(resting.OrderType),
            Quantity = resting.Quantity,
            LimitPrice = resting.LimitPrice,
            StopPrice = resting.StopPrice,
            CreatedAt = resting.SubmittedAt,
        };
        if (_simulator.TryFill(order, bar, resting.Quantity - resting.FilledQuantity) is not { } fill)
        {
            return resting;
        }
        var filled = resting.FilledQuantity + fill.Quantity;
        var average = ((resting.AverageFillPrice ?? 0) * resting.FilledQuantity + fill.Price * fill.Quantity) / filled;
        var updated = resting with
        {
            FilledQuantity = filled,
            AverageFillPrice = average,
            Status = filled >= resting.Quantity ? OrderState.Filled : OrderState.PartiallyFilled,
            UpdatedAt = time.GetUtcNow(),
        };
        await ledger.UpsertOrderAsync(updated, cancellationToken);
        return updated;
    }

    private static OrderRecord ToRecord(string botId, Order order, DateTimeOffset now) => new()
    {
        ClientOrderId = order.ClientOrderId,
        BotId = botId,
        Symbol = order.Symbol,
        Side = order.Side == OrderSide.Buy ? TradeSide.Buy : TradeSide.Sell,
        OrderType = order.Type switch
        {
            OrderType.Market => OrderKind.Market,
            OrderType.Limit => OrderKind.Limit,
            OrderType.Stop => OrderKind.Stop,
            _ => OrderKind.StopLimit,
        },
        Quantity = order.Quantity,
        LimitPrice = order.LimitPrice,
        StopPrice = order.StopPrice,
        TimeInForce = order.TimeInForce.ToString().ToLowerInvariant(),
        Status = OrderState.New,
        BrokerOrderId = "paper-" + order.ClientOrderId,
        FilledQuantity = 0,
        SubmittedAt = now,
        UpdatedAt = now,
    };

    private static OrderType ToOrderType(OrderKind kind) => kind switch
    {
        OrderKind.Market => OrderType.Market,
        OrderKind.Limit => OrderType.Limit,
        OrderKind.Stop => OrderType.Stop,
        _ => OrderType.StopLimit,
    };
}
