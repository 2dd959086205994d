using OrleansTrading.Grains.Risk;
using OrleansTrading.Grains.Signals;

namespace OrleansTrading.UnitTests.Risk;

public sealed class RiskManagerTests
{
    // Monday 2026-03-02 15:00 UTC = 10:00 New York (EST).
    private static readonly DateTimeOffset Monday10Et = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);

    private static RiskLimits Limits => new(Capital: 10_000m, StopLossPercent: 2m, TakeProfitPercent: 5m, MaxPositionSizePercent: 10m, MaxDailyLossPercent: 3m);

    private static RiskCheckRequest Buy(decimal price = 50m, RiskLimits? limits = null, params PositionExposure[] open) => new()
    {
        Symbol = "AAPL",
        Side = SignalDirection.Buy,
        ReferencePrice = price,
        Now = Monday10Et,
        Limits = limits ?? Limits,
        OpenPositions = open,
    };

    [Fact]
    public void Sizes_whole_shares_from_max_position_size()
    {
        // 10% of 10,000 = 1,000; 1,000 / 33 = 30.3 → 30 shares.
        var result = RiskManager.Evaluate(Buy(price: 33m));

        Assert.True(result.IsApproved);
        Assert.Equal(30, result.Quantity);
    }

    [Fact]
    public void Checks_against_different_limits_in_turn_each_use_their_own()
    {
        // The money amounts are memoised per limits object: alternating limits (as bots sharing a silo thread do)
        // must never see each other's budget or loss limit.
        var small = Limits;
        var large = Limits with { MaxPositionSizePercent = 50m };
        var strict = Limits with { MaxDailyLossPercent = 1m };
        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(20, RiskManager.Evaluate(Buy(50m, small)).Quantity);   // 10 % of 10,000 / 50
            Assert.Equal(100, RiskManager.Evaluate(Buy(50m, large)).Quantity);  // 50 % of 10,000 / 50
            // A 150 loss: within 3 % (300) of the default limits, beyond 1 % (100) of the strict ones.
            Assert.True(RiskManager.Evaluate(Buy(50m, small) with { SessionPnl = -150m }).IsApproved);
            Assert.Equal([RiskRejectionCode.DailyLossLimitReached], RiskManager.Evaluate(Buy(50m, strict) with { SessionPnl = -150m }).Rejections);
        }
    }

    [Fact]
    public void Whole_shares_are_the_exact_floor_of_amount_over_price()
    {
        var random = new Random(11);
        for (var i = 0; i < 200_000; i++)
        {
            var price = Math.Round((decimal)(random.NextDouble() * Math.Pow(10, random.Next(-3, 6))), random.Next(0, 9)) + 0.0001m;
            // Amounts at, just under and just over exact multiples of the price, and arbitrary ones.
            var amount = (i % 4) switch
            {
                0 => price * random.Next(0, 100_000),
                1 => price * random.Next(1, 100_000) - 0.0000001m,
                2 => price * random.Next(0, 100_000) + 0.0000001m,
                _ => Math.Round((decimal)(random.NextDouble() * 1e7), random.Next(0, 6)),
            };

            Assert.Equal(amount <= 0 ? 0 : (int)Math.Min(int.MaxValue, Math.Floor(amount / price)), RiskManager.WholeShares(amount, price));
        }
        Assert.Equal(int.MaxValue, RiskManager.WholeShares(1e20m, 0.5m));
        Assert.Equal(0, RiskManager.WholeShares(-5m, 1m));
        Assert.Equal(0, RiskManager.WholeShares(0.99m, 1m));
        Assert.Equal(1, RiskManager.WholeShares(1m, 1m));
    }

    [Fact]
    public void Exit_levels_are_the_configured_percentages_from_the_entry_price()
    {
        Assert.Equal(32.34m, RiskManager.StopLossPrice(33m, 2m));     // 33 × 0.98
        Assert.Equal(34.65m, RiskManager.TakeProfitPrice(33m, 5m));   // 33 × 1.05
        Assert.Equal(33m * RiskManager.StopLossFactor(2m), RiskManager.StopLossPrice(33m, 2m));
        Assert.Equal(33m * RiskManager.TakeProfitFactor(5m), RiskManager.TakeProfitPrice(33m, 5m));
    }

    [Fact]
    public void Zero_affordable_shares_is_a_rejection_never_one_share()
    {
        var result = RiskManager.Evaluate(Buy(price: 1_000.01m));

        Assert.False(result.IsApproved);
        Assert.Equal([RiskRejectionCode.PositionSizeZero], result.Rejections);
    }

    [Fact]
    public void Quantity_shrinks_to_the_capital_still_free()
    {
        // 9,700 of 10,000 already in positions: 300 free → 6 shares at 50 instead of 20.
        var result = RiskManager.Evaluate(Buy(50m, null, new PositionExposure("MSFT", 97, 100m, 100m)));

        Assert.Equal(6, result.Quantity);
    }

    [Fact]
    public void Backtests_can_size_on_capital_alone_and_leave_the_cash_check_to_the_fill()
    {
        // Same book as above, but free capital is not a limit: 10% of 10,000 / 50 = 20 shares.
        var request = Buy(50m, null, new PositionExposure("MSFT", 100, 100m, 100m)) with { LimitToFreeCapital = false };

        var result = RiskManager.Evaluate(request);

        Assert.True(result.IsApproved);
        Assert.Equal(20, result.Quantity);
    }

    [Fact]
    public void No_free_capital_is_rejected()
    {
        var result = RiskManager.Evaluate(Buy(50m, null, new PositionExposure("MSFT", 100, 100m, 100m)));

        Assert.Equal([RiskRejectionCode.InsufficientCapital], result.Rejections);
    }

    [Fact]
    public void Max_concurrent_positions_blocks_new_entries()
    {
        var limits = Limits with { MaxConcurrentPositions = 1 };

        var result = RiskManager.Evaluate(Buy(50m, limits, new PositionExposure("MSFT", 1, 100m, 100m)));

        Assert.Equal([RiskRejectionCode.MaxConcurrentPositions], result.Rejections);
    }

    [Theory]
    [InlineData(-299.99, true)]
    [InlineData(-300, false)] // 3% of 10,000
    [InlineData(-450, false)]
    public void Daily_loss_limit_counts_realized_and_unrealized_since_the_session_start(double sessionPnl, bool approved)
    {
        var result = RiskManager.Evaluate(Buy() with { SessionPnl = (decimal)sessionPnl });

        Assert.Equal(approved, result.IsApproved);
        if (!approved)
        {
            Assert.Contains(RiskRejectionCode.DailyLossLimitReached, result.Rejections);
        }
    }

    [Fact]
    public void Per_symbol_notional_cap_shrinks_then_rejects()
    {
        Assert.Equal(5, RiskManager.Evaluate(Buy(50m, Limits with { MaxSymbolNotional = 250m })).Quantity);
        Assert.Equal([RiskRejectionCode.SymbolNotionalCapReached], RiskManager.Evaluate(Buy(50m, Limits with { MaxSymbolNotional = 49m })).Rejections);
    }

    [Fact]
    public void Gross_exposure_cap_uses_market_values()
    {
        // Cap 50% of 10,000 = 5,000; MSFT is worth 4,800 at market (cost 2,000): 200 left → 4 shares at 50.
        var limits = Limits with { MaxGrossExposurePercent = 50m };

        var result = RiskManager.Evaluate(Buy(50m, limits, new PositionExposure("MSFT", 20, 100m, 240m)));

        Assert.Equal(4, result.Quantity);
    }

    [Fact]
    public void Every_gate_that_fails_is_reported()
    {
        var request = Buy() with
        {
            IsMarketOpen = false,
            KillSwitchActive = true,
            DrawdownTripped = true,
            Window = TradingWindow.From(9, 30, 9, 45),
        };

        var result = RiskManager.Evaluate(request);

        Assert.Equal(
            [RiskRejectionCode.MarketClosed, RiskRejectionCode.OutsideTradingWindow, RiskRejectionCode.KillSwitchActive, RiskRejectionCode.DrawdownLimitTripped],
            result.Rejections);
    }

    [Fact]
    public void Buying_while_holding_is_refused()
    {
        var result = RiskManager.Evaluate(Buy(50m, null, new PositionExposure("AAPL", 5, 40m, 50m)));

        Assert.Equal([RiskRejectionCode.AlreadyInPosition], result.Rejections);
    }

    [Fact]
    public void Sells_close_the_whole_position_even_after_loss_limits_trip()
    {
        var request = Buy(50m, null, new PositionExposure("AAPL", 17, 40m, 50m)) with
        {
            Side = SignalDirection.Sell,
            DrawdownTripped = true,
            SessionPnl = -5_000m,
        };

        var result = RiskManager.Evaluate(request);

        Assert.True(result.IsApproved);
        Assert.Equal(17, result.Quantity);
    }

    [Fact]
    public void Selling_without_a_position_or_under_the_kill_switch_is_refused()
    {
        Assert.Equal([RiskRejectionCode.NoPositionToSell], RiskManager.Evaluate(Buy() with { Side = SignalDirection.Sell }).Rejections);
        var held = Buy(50m, null, new PositionExposure("AAPL", 3, 40m, 50m)) with { Side = SignalDirection.Sell, KillSwitchActive = true };
        Assert.Equal([RiskRejectionCode.KillSwitchActive], RiskManager.Evaluate(held).Rejections);
    }
}
