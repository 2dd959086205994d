using OrleansTrading.GrainInterfaces.Positions;
using OrleansTrading.Grains.Bots.Trading;
using OrleansTrading.Grains.Risk;

namespace OrleansTrading.UnitTests.Bots.Trading;

public sealed class BotTradingRulesTests
{
    private static readonly DateOnly Monday = new(2026, 3, 2);
    private static readonly RiskLimits Limits = new(Capital: 10_000m, StopLossPercent: 2, TakeProfitPercent: 4, MaxPositionSizePercent: 10, MaxDailyLossPercent: 3);

    [Theory]
    [InlineData(-299.99, false)]
    [InlineData(-300, true)]
    [InlineData(-450, true)]
    [InlineData(0, false)]
    [InlineData(500, false)]
    public void The_daily_loss_limit_is_capital_times_the_percentage(double sessionPnl, bool reached) =>
        Assert.Equal(reached, BotTradingRules.DailyLossReached(Limits, (decimal)sessionPnl));

    [Fact]
    public void Halts_rank_drawdown_then_daily_loss_then_kill_switch()
    {
        Assert.Equal((BotTradingRules.DrawdownHalt, (DateOnly?)null), BotTradingRules.CurrentHalt(true, true, Monday, null, null, true));
        Assert.Equal((BotTradingRules.DailyLossHalt, Monday), BotTradingRules.CurrentHalt(false, true, Monday, null, null, true));
        Assert.Equal((BotTradingRules.KillSwitchHalt, (DateOnly?)null), BotTradingRules.CurrentHalt(false, false, Monday, null, null, true));
        Assert.Equal(((string?)null, (DateOnly?)null), BotTradingRules.CurrentHalt(false, false, Monday, null, null, false));
    }

    [Fact]
    public void A_daily_loss_halt_lasts_its_session_even_if_the_loss_recovers_and_lifts_on_the_next()
    {
        Assert.Equal((BotTradingRules.DailyLossHalt, Monday),
            BotTradingRules.CurrentHalt(false, dailyLossReached: false, Monday, BotTradingRules.DailyLossHalt, Monday, false));
        Assert.Equal(((string?)null, (DateOnly?)null),
            BotTradingRules.CurrentHalt(false, dailyLossReached: false, Monday.AddDays(1), BotTradingRules.DailyLossHalt, Monday, false));
    }

    [Fact]
    public void The_book_sums_realized_and_unrealized_pnl_and_counts_only_this_sessions_realized_toward_the_daily_loss()
    {
        Position Open(string symbol, int quantity, decimal entry, decimal price) => new()
        {
            Id = symbol,
            BotId = "bot",
            Symbol = symbol,
            Quantity = quantity,
            EntryPrice = entry,
            CurrentPrice = price,
            UnrealizedPnl = (price - entry) * quantity,
            RealizedPnl = 0,
            OpenedAt = DateTimeOffset.UnixEpoch,
            IsOpen = true,
        };
        PositionBook[] books =
        [
            new() { Open = Open("AAA", 10, 100m, 95m), RealizedTotal = 40m, Session = Monday, RealizedInSession = -20m },
            new() { RealizedTotal = -100m, Session = Monday.AddDays(-3), RealizedInSession = -100m },
            new() { Open = Open("CCC", 5, 20m, 22m) },
        ];

        var book = BotBookSummary.From(10_000m, books, Monday);

        // Equity 10,000 + (40 − 100) + (−50 + 10); session −20 (Friday's −100 is not today's) + (−40) unrealized.
        Assert.Equal((9_900m, -60m, 1_060m), (book.Equity, book.SessionPnl, book.PositionsValue));
        Assert.Equal(["AAA", "CCC"], book.OpenPositions.Select(p => p.Symbol).ToArray());
    }
}
