using OrleansTrading.GrainInterfaces.Orders;
using OrleansTrading.GrainInterfaces.Trades;
using Xunit;
using static OrleansTrading.TestSupport.Ledger.LedgerSamples;

namespace OrleansTrading.TestSupport.Ledger;

public abstract partial class TradeLedgerContractTests
{
    [Fact]
    public async Task An_order_round_trips_every_field()
    {
        var stopLimit = Order("o-1");
        var filledMarket = Order("o-2", submittedMinute: 1) with
        {
            Side = TradeSide.Sell,
            OrderType = OrderKind.Market,
            LimitPrice = null,
            StopPrice = null,
            TimeInForce = "day",
            Status = OrderState.PartiallyFilled,
            BrokerOrderId = "broker-2",
            FilledQuantity = 5,
            AverageFillPrice = 410.123456m,
            UpdatedAt = At(2),
        };

        await Ledger.UpsertOrderAsync(stopLimit, None);
        await Ledger.UpsertOrderAsync(filledMarket, None);

        Assert.Equal(stopLimit, await Ledger.GetOrderAsync("o-1", None));
        Assert.Equal(filledMarket, await Ledger.GetOrderAsync("o-2", None));
        Assert.Null(await Ledger.GetOrderAsync("o-unknown", None));
    }

    [Fact]
    public async Task An_order_progresses_from_new_through_partially_filled_to_filled()
    {
        var placed = Order("o-1");
        var partial = placed with { Status = OrderState.PartiallyFilled, BrokerOrderId = "b-1", FilledQuantity = 4, AverageFillPrice = 410m, UpdatedAt = At(1) };
        var filled = partial with { Status = OrderState.Filled, FilledQuantity = 12, AverageFillPrice = 410.1m, UpdatedAt = At(2) };

        await Ledger.UpsertOrderAsync(placed, None);
        Assert.Equal(placed, await Ledger.GetOrderAsync("o-1", None));
        await Ledger.UpsertOrderAsync(partial, None);
        Assert.Equal(partial, await Ledger.GetOrderAsync("o-1", None));
        await Ledger.UpsertOrderAsync(filled, None);

        Assert.Equal(filled, await Ledger.GetOrderAsync("o-1", None));
        Assert.Single(await Ledger.GetOrdersByBotAsync("bot-a", None));
    }

    [Fact]
    public async Task An_order_update_older_than_the_stored_one_is_ignored()
    {
        var partial = Order("o-1") with { Status = OrderState.PartiallyFilled, FilledQuantity = 4, AverageFillPrice = 410m, UpdatedAt = At(2) };
        await Ledger.UpsertOrderAsync(partial, None);

        await Ledger.UpsertOrderAsync(Order("o-1") with { BrokerOrderId = "b-late", UpdatedAt = At(1) }, None);

        Assert.Equal(partial, await Ledger.GetOrderAsync("o-1", None));
    }

    [Fact]
    public async Task An_order_update_as_new_as_the_stored_one_applies()
    {
        await Ledger.UpsertOrderAsync(Order("o-1") with { UpdatedAt = At(1) }, None);
        var accepted = Order("o-1") with { BrokerOrderId = "b-1", UpdatedAt = At(1) };

        await Ledger.UpsertOrderAsync(accepted, None);

        Assert.Equal(accepted, await Ledger.GetOrderAsync("o-1", None));
    }

    [Theory]
    [InlineData(OrderState.Filled)]
    [InlineData(OrderState.Cancelled)]
    [InlineData(OrderState.Rejected)]
    [InlineData(OrderState.Expired)]
    public async Task A_final_order_never_changes_again(OrderState finalState)
    {
        var final = Order("o-1") with { Status = finalState, BrokerOrderId = "b-1", UpdatedAt = At(2) };
        await Ledger.UpsertOrderAsync(final, None);

        await Ledger.UpsertOrderAsync(final with { Status = OrderState.PartiallyFilled, FilledQuantity = 3, UpdatedAt = At(3) }, None);
        await Ledger.UpsertOrderAsync(final with { Status = OrderState.Cancelled, BrokerOrderId = "b-2", UpdatedAt = At(4) }, None);

        Assert.Equal(final, await Ledger.GetOrderAsync("o-1", None));
    }

    [Fact]
    public async Task An_order_update_keeps_the_submitted_time_and_the_order_terms()
    {
        var placed = Order("o-1");
        await Ledger.UpsertOrderAsync(placed, None);

        await Ledger.UpsertOrderAsync(placed with
        {
            BotId = "bot-b",
            Symbol = "TSLA",
            Side = TradeSide.Sell,
            OrderType = OrderKind.Market,
            Quantity = 99,
            LimitPrice = null,
            StopPrice = null,
            TimeInForce = "ioc",
            SubmittedAt = At(5),
            Status = OrderState.PartiallyFilled,
            BrokerOrderId = "b-1",
            FilledQuantity = 6,
            AverageFillPrice = 410.2m,
            UpdatedAt = At(6),
        }, None);

        var expected = placed with { Status = OrderState.PartiallyFilled, BrokerOrderId = "b-1", FilledQuantity = 6, AverageFillPrice = 410.2m, UpdatedAt = At(6) };
        Assert.Equal(expected, await Ledger.GetOrderAsync("o-1", None));
    }

    [Fact]
    public async Task A_bots_orders_come_oldest_submitted_first_then_by_ordinal_id()
    {
        await Ledger.UpsertOrderAsync(Order("o-late", submittedMinute: 9), None);
        await Ledger.UpsertOrderAsync(Order("o-a", submittedMinute: 5), None);
        await Ledger.UpsertOrderAsync(Order("O-z", submittedMinute: 5), None);
        await Ledger.UpsertOrderAsync(Order("o-early", submittedMinute: 1) with { UpdatedAt = At(20) }, None);
        await Ledger.UpsertOrderAsync(Order("o-other", botId: "bot-b", submittedMinute: 3), None);

        var orders = await Ledger.GetOrdersByBotAsync("bot-a", None);

        Assert.Equal(["o-early", "O-z", "o-a", "o-late"], orders.Select(o => o.ClientOrderId));
        Assert.Equal(["o-other"], (await Ledger.GetOrdersByBotAsync("bot-b", None)).Select(o => o.ClientOrderId));
    }

    [Fact]
    public async Task Concurrent_order_updates_settle_on_the_newest()
    {
        var updates = Enumerable.Range(1, 20)
            .Select(i => Order("o-race") with { Status = OrderState.PartiallyFilled, FilledQuantity = i % 12, UpdatedAt = At(i) })
            .Reverse()
            .ToArray();

        await Task.WhenAll(updates.Select(o => Task.Run(() => Ledger.UpsertOrderAsync(o, None))));

        var stored = await Ledger.GetOrderAsync("o-race", None);
        Assert.Equal(At(20), stored!.UpdatedAt);
        Assert.Equal(20 % 12, stored.FilledQuantity);
    }
}
