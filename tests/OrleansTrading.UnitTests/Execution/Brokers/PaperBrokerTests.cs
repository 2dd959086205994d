using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OrleansTrading.GrainInterfaces.Orders;
using OrleansTrading.Grains.Execution;
using OrleansTrading.Grains.Execution.Brokers;
using OrleansTrading.Grains.Indicators;
using OrleansTrading.Grains.Ledger;
using OrleansTrading.Grains.Time;

namespace OrleansTrading.UnitTests.Execution.Brokers;

public sealed class PaperBrokerTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.Zero));
    private readonly InMemoryTradeLedger _ledger = new();

    private PaperBroker Broker(decimal slippageBps = 10, decimal perOrder = 1, decimal perShare = 0.01m) =>
        new(_ledger, Options.Create(new PaperBrokerOptions { SlippageBps = slippageBps, CommissionPerOrder = perOrder, CommissionPerShare = perShare }),
            new TradingClock(_clock));

    private Order NewOrder(OrderSide side, OrderType type = OrderType.Market, decimal? limit = null, decimal? stop = null, string id = "ot-1") => new()
    {
        ClientOrderId = id,
        Symbol = "AAPL",
        Side = side,
        Type = type,
        Quantity = 100,
        LimitPrice = limit,
        StopPrice = stop,
        CreatedAt = _clock.GetUtcNow(),
    };

    [Fact]
    public async Task A_market_order_fills_at_the_market_price_moved_by_slippage_and_is_stored()
    {
        var broker = Broker();

        var buy = await broker.SubmitOrderAsync(new BrokerOrderRequest("bot", NewOrder(OrderSide.Buy), 200m), default);

        Assert.Equal((OrderState.Filled, 100, 200.2m), (buy.Status, buy.FilledQuantity, buy.AverageFillPrice));
        Assert.Equal(2m, broker.CommissionFor(buy));
        Assert.Equal(buy, await _ledger.GetOrderAsync("ot-1", default));
        var sell = await broker.SubmitOrderAsync(new BrokerOrderRequest("bot", NewOrder(OrderSide.Sell, id: "ot-2"), 200m), default);
        Assert.Equal(199.8m, sell.AverageFillPrice);
    }

    [Fact]
    public async Task Submitting_a_known_client_order_id_returns_the_first_order_and_places_nothing()
    {
        var broker = Broker();
        var first = await broker.SubmitOrderAsync(new BrokerOrderRequest("bot", NewOrder(OrderSide.Buy), 200m), default);
        _clock.Advance(TimeSpan.FromMinutes(1));

        var again = await broker.SubmitOrderAsync(new BrokerOrderRequest("bot", NewOrder(OrderSide.Buy), 250m), default);

        Assert.Equal(first, again);
        Assert.Single(await _ledger.GetOrdersByBotAsync("bot", default));
    }

    [Fact]
    public async Task A_limit_order_fills_at_once_when_the_price_is_through_it_and_otherwise_rests_until_a_bar_reaches_it()
    {
        var broker = Broker();
        var marketable = await broker.SubmitOrderAsync(new BrokerOrderRequest("bot", NewOrder(OrderSide.Sell, OrderType.Limit, limit: 190m, id: "ot-a"), 200m), default);
        Assert.Equal((OrderState.Filled, 200m), (marketable.Status, marketable.AverageFillPrice));

        var resting = await broker.SubmitOrderAsync(new BrokerOrderRequest("bot", NewOrder(OrderSide.Buy, OrderType.Limit, limit: 195m, id: "ot-b"), 200m), default);
        Assert.Equal((OrderState.New, 0, (decimal?)null), (resting.Status, resting.FilledQuantity, resting.AverageFillPrice));

        var at = _clock.GetUtcNow();
        var missed = await broker.FillRestingAsync(resting, new Bar(at, 199, 201, 196, 198, 1_000), default);
        Assert.Equal(OrderState.New, missed.Status);
        var filled = await broker.FillRestingAsync(resting, new Bar(at.AddMinutes(1), 198, 199, 194, 196, 1_000), default);
        Assert.Equal((OrderState.Filled, 100, 195m), (filled.Status, filled.FilledQuantity, filled.AverageFillPrice));
        Assert.Equal(filled, await _ledger.GetOrderAsync("ot-b", default));
    }

    [Fact]
    public async Task A_stop_order_triggers_through_its_level_and_pays_slippage()
    {
        var broker = Broker(slippageBps: 100);
        var resting = await broker.SubmitOrderAsync(new BrokerOrderRequest("bot", NewOrder(OrderSide.Sell, OrderType.Stop, stop: 190m), 200m), default);
        Assert.Equal(OrderState.New, resting.Status);

        // A gap open below the stop fills at the open, less 1% slippage.
        var filled = await broker.FillRestingAsync(resting, new Bar(_clock.GetUtcNow(), 180, 185, 175, 182, 1_000), default);

        Assert.Equal(178.2m, filled.AverageFillPrice);
    }

    [Fact]
    public async Task A_non_positive_market_price_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            Broker().SubmitOrderAsync(new BrokerOrderRequest("bot", NewOrder(OrderSide.Buy), 0m), default));
        Assert.Empty(await _ledger.GetOrdersByBotAsync("bot", default));
    }
}
