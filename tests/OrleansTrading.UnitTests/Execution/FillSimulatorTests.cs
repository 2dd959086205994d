using OrleansTrading.Grains.Execution;
using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Execution;

public sealed class FillSimulatorTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);

    private static readonly FillSimulator Simulator = new(new FillSimulatorOptions { SlippageBps = 10m, CommissionPerOrder = 1m, CommissionPerShare = 0.005m });

    private static Order Order(OrderSide side, OrderType type, decimal? limit = null, decimal? stop = null, int quantity = 100) => new Order
    {
        ClientOrderId = "ot-test",
        Symbol = "AAPL",
        Side = side,
        Type = type,
        Quantity = quantity,
        LimitPrice = limit,
        StopPrice = stop,
        CreatedAt = T0,
    }.Validated();

    private static Bar Bar(double open, double high, double low, double close, double volume = 1_000_000) => new(T0, open, high, low, close, volume);

    [Fact]
    public void Market_orders_pay_slippage_against_the_trader_and_commission()
    {
        var buy = Simulator.FillMarket(Order(OrderSide.Buy, OrderType.Market), 100m, T0);
        var sell = Simulator.FillMarket(Order(OrderSide.Sell, OrderType.Market), 100m, T0);

        Assert.Equal(100.1m, buy.Price);   // +10 bps
        Assert.Equal(99.9m, sell.Price);   // −10 bps
        Assert.Equal(1.5m, buy.Commission); // 1 + 0.005 × 100
        Assert.Equal(100 * 100.1m + 1.5m, buy.CashOutflow);
        Assert.Equal(-(100 * 99.9m) + 1.5m, sell.CashOutflow);
    }

    [Theory]
    [InlineData(99, 101, 97, 100, 98, 98.0)]  // range reaches the limit: filled at the limit
    [InlineData(97, 99, 96, 98, 98, 97.0)]    // opens below the limit: filled at the (better) open
    [InlineData(99, 101, 98.5, 100, 98, null)] // never reaches 98: no fill
    public void Buy_limits_fill_at_the_limit_or_a_better_open(double open, double high, double low, double close, double limit, double? expected)
    {
        var fill = Simulator.TryFill(Order(OrderSide.Buy, OrderType.Limit, limit: (decimal)limit), Bar(open, high, low, close));

        Assert.Equal(expected is null ? null : (decimal)expected.Value, fill?.Price);
    }

    [Fact]
    public void Sell_limits_fill_at_the_limit_without_slippage()
    {
        var fill = Simulator.TryFill(Order(OrderSide.Sell, OrderType.Limit, limit: 105m), Bar(100, 106, 99, 104));

        Assert.Equal(105m, fill!.Price);
    }

    [Fact]
    public void A_sell_stop_the_bar_opens_through_fills_at_the_open_with_slippage()
    {
        // Gap down from a 95 stop to a 90 open: the stop cannot get 95.
        var fill = Simulator.TryFill(Order(OrderSide.Sell, OrderType.Stop, stop: 95m), Bar(90, 92, 88, 91));

        Assert.Equal(90m * 0.999m, fill!.Price);
    }

    [Fact]
    public void A_sell_stop_touched_intrabar_fills_at_the_stop_with_slippage()
    {
        var fill = Simulator.TryFill(Order(OrderSide.Sell, OrderType.Stop, stop: 95m), Bar(98, 99, 94, 96));

        Assert.Equal(95m * 0.999m, fill!.Price);
    }

    [Fact]
    public void A_buy_stop_fills_when_the_high_reaches_it()
    {
        Assert.Null(Simulator.TryFill(Order(OrderSide.Buy, OrderType.Stop, stop: 105m), Bar(100, 104.9, 99, 104)));
        Assert.Equal(105m * 1.001m, Simulator.TryFill(Order(OrderSide.Buy, OrderType.Stop, stop: 105m), Bar(100, 106, 99, 104))!.Price);
    }

    [Fact]
    public void Stop_limits_trigger_like_stops_and_fill_like_limits()
    {
        // Buy stop 105 limit 106: triggered at 105 (≤ 106) → 105.
        Assert.Equal(105m, Simulator.TryFill(Order(OrderSide.Buy, OrderType.StopLimit, limit: 106m, stop: 105m), Bar(100, 107, 99, 106))!.Price);
        // Gap to 108 (> limit 106), bar never comes back to 106: no fill.
        Assert.Null(Simulator.TryFill(Order(OrderSide.Buy, OrderType.StopLimit, limit: 106m, stop: 105m), Bar(108, 110, 107, 109)));
        // Gap to 108 but trades down to 105.5: filled at the limit.
        Assert.Equal(106m, Simulator.TryFill(Order(OrderSide.Buy, OrderType.StopLimit, limit: 106m, stop: 105m), Bar(108, 110, 105.5, 109))!.Price);
    }

    [Fact]
    public void Market_orders_on_a_bar_fill_at_its_open()
    {
        Assert.Equal(100.1m, Simulator.TryFill(Order(OrderSide.Buy, OrderType.Market), Bar(100, 101, 99, 100))!.Price);
    }

    [Fact]
    public void Partial_fills_are_capped_at_a_share_of_bar_volume()
    {
        var capped = new FillSimulator(new FillSimulatorOptions { MaxVolumeShare = 0.1 });

        var fill = capped.TryFill(Order(OrderSide.Buy, OrderType.Market, quantity: 500), Bar(10, 10, 10, 10, volume: 2_345));

        Assert.Equal(234, fill!.Quantity);
        Assert.Null(capped.TryFill(Order(OrderSide.Buy, OrderType.Market), Bar(10, 10, 10, 10, volume: 5)));
    }

    [Fact]
    public void Orders_missing_their_prices_are_rejected_by_field()
    {
        Assert.Equal("LimitPrice", Assert.Throws<ArgumentException>(() => Order(OrderSide.Buy, OrderType.Limit)).ParamName);
        Assert.Equal("StopPrice", Assert.Throws<ArgumentException>(() => Order(OrderSide.Buy, OrderType.StopLimit, limit: 5m)).ParamName);
        Assert.Equal("Quantity", Assert.Throws<ArgumentOutOfRangeException>(() => Order(OrderSide.Buy, OrderType.Market, quantity: 0)).ParamName);
    }
}
