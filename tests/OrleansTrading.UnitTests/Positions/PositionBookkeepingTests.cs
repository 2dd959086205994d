using OrleansTrading.GrainInterfaces.Positions;
using OrleansTrading.Grains.Positions;

namespace OrleansTrading.UnitTests.Positions;

public sealed class PositionBookkeepingTests
{
    // 2026-03-02 15:00Z is Monday 10:00 in New York; 2026-03-03 02:00Z is still Monday 21:00 there.
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_buy_opens_at_the_fill_with_stop_and_target_from_the_entry()
    {
        var state = new PositionGrainState();

        var open = PositionBookkeeping.ApplyBuy(state, "p1", 10, 100m, 1m, stopLossPercent: 2, takeProfitPercent: 5, Monday);

        Assert.Equal((10, 100m, 98m, 105m, 1m), (open.Quantity, open.EntryPrice, open.StopLossPrice!.Value, open.TakeProfitPrice!.Value, open.EntryCommission));
        var position = PositionBookkeeping.ToOpenPosition("bot", "AAPL", open);
        Assert.True(position.IsOpen);
        Assert.Equal(0m, position.UnrealizedPnl);
    }

    [Fact]
    public void Adding_averages_the_entry_and_moves_the_levels_with_it()
    {
        var state = new PositionGrainState();
        PositionBookkeeping.ApplyBuy(state, "p1", 10, 100m, 1m, 2, 5, Monday);

        var open = PositionBookkeeping.ApplyBuy(state, "ignored", 30, 104m, 1m, 2, 5, Monday.AddMinutes(1));

        Assert.Equal(("p1", 40, 103m, 100.94m, 108.15m, 2m), (open.Id, open.Quantity, open.EntryPrice, open.StopLossPrice!.Value, open.TakeProfitPrice!.Value, open.EntryCommission));
    }

    [Fact]
    public void A_close_realizes_the_move_net_of_both_commissions_into_total_and_session()
    {
        var state = new PositionGrainState();
        PositionBookkeeping.ApplyBuy(state, "p1", 10, 100m, 1m, 2, 5, Monday);

        var realized = PositionBookkeeping.ApplyClose(state, 103m, 1.5m, Monday.AddHours(1));

        Assert.Equal(27.5m, realized);
        Assert.Null(state.Open);
        Assert.Equal((27.5m, 27.5m, new DateOnly(2026, 3, 2)), (state.RealizedTotal, state.RealizedInSession, state.Session!.Value));
    }

    [Fact]
    public void Session_pnl_restarts_on_the_next_New_York_date()
    {
        var state = new PositionGrainState();
        PositionBookkeeping.ApplyBuy(state, "p1", 10, 100m, 0m, 2, 5, Monday);
        PositionBookkeeping.ApplyClose(state, 90m, 0m, Monday.AddHours(11)); // 02:00Z Tuesday = 21:00 Monday in New York
        PositionBookkeeping.ApplyBuy(state, "p2", 10, 100m, 0m, 2, 5, Monday.AddDays(1));

        PositionBookkeeping.ApplyClose(state, 101m, 0m, Monday.AddDays(1));

        Assert.Equal((-90m, 10m, new DateOnly(2026, 3, 3)), (state.RealizedTotal, state.RealizedInSession, state.Session!.Value));
    }

    [Theory]
    [InlineData(98.0, ExitReason.StopLoss)]
    [InlineData(97.5, ExitReason.StopLoss)]
    [InlineData(105.0, ExitReason.TakeProfit)]
    [InlineData(110.0, ExitReason.TakeProfit)]
    [InlineData(98.01, null)]
    [InlineData(104.99, null)]
    public void Prices_at_or_through_a_level_trigger_its_exit(double price, ExitReason? expected)
    {
        var state = new PositionGrainState();
        var open = PositionBookkeeping.ApplyBuy(state, "p1", 10, 100m, 0m, 2, 5, Monday);

        Assert.Equal(expected, PositionBookkeeping.ExitTriggeredBy(open, (decimal)price));
    }

    [Fact]
    public void Applied_orders_are_remembered_up_to_a_bound_newest_last()
    {
        var state = new PositionGrainState();
        for (var i = 0; i < PositionBookkeeping.AppliedOrdersKept + 5; i++)
        {
            PositionBookkeeping.Remember(state, "ot-" + i);
        }

        Assert.Equal(PositionBookkeeping.AppliedOrdersKept, state.AppliedOrders.Count);
        Assert.Equal("ot-5", state.AppliedOrders[0]);
        Assert.Equal("ot-" + (PositionBookkeeping.AppliedOrdersKept + 4), state.AppliedOrders[^1]);
    }

    [Fact]
    public void Closing_a_flat_position_is_a_programming_error()
    {
        Assert.Throws<InvalidOperationException>(() => PositionBookkeeping.ApplyClose(new PositionGrainState(), 1m, 0m, Monday));
    }

    [Fact]
    public void A_partial_sell_realizes_its_share_of_the_entry_commission_and_keeps_the_rest_open()
    {
        var state = new PositionGrainState();
        PositionBookkeeping.ApplyBuy(state, "p1", 10, 100m, 2m, 2, 5, Monday);

        var first = PositionBookkeeping.ApplySell(state, 4, 110m, 1m, Monday.AddMinutes(5));

        // 4 × 10 − 1 − 2 × 4/10 = 38.2; 6 shares stay open carrying 1.2 of entry commission.
        Assert.Equal(38.2m, first);
        Assert.Equal((6, 1.2m, 38.2m), (state.Open!.Quantity, state.Open.EntryCommission, state.Open.RealizedPnl));
        Assert.Equal(38.2m, PositionBookkeeping.ToOpenPosition("bot", "AAPL", state.Open).RealizedPnl);

        var rest = PositionBookkeeping.ApplySell(state, 100, 90m, 1m, Monday.AddMinutes(6));

        // Selling more than held sells what is held: 6 × (−10) − 1 − 1.2.
        Assert.Equal(-62.2m, rest);
        Assert.Null(state.Open);
        Assert.Equal(-24m, state.RealizedTotal);
    }
}
