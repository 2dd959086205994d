using OrleansTrading.GrainInterfaces.Positions;
using OrleansTrading.Grains.Bots;
using OrleansTrading.UnitTests.Backtesting;

namespace OrleansTrading.UnitTests.Bots;

public sealed class BotDeletionTests
{
    [Fact]
    public void Position_symbols_are_the_configured_ones_and_any_the_ledger_holds_each_once_in_ordinal_order()
    {
        var config = BacktestConfigs.Sma(symbols: ["MSFT", "AAPL"]);

        var symbols = BotDeletion.PositionSymbols(config, [Row("TSLA"), Row("AAPL"), Row("TSLA")]);

        // TSLA was dropped from the configuration but still has positions: its grain must be retired too.
        Assert.Equal(["AAPL", "MSFT", "TSLA"], symbols);
    }

    [Fact]
    public void The_refusal_names_the_open_symbols_and_the_way_out()
    {
        Assert.Equal("Bot 'b-1' has open positions in AAPL, MSFT; close them first or delete with ?flatten=true.",
            BotDeletion.OpenPositionsRefusal("b-1", ["AAPL", "MSFT"]));
    }

    [Theory]
    [InlineData(PositionCommandOutcome.Filled, true)]
    [InlineData(PositionCommandOutcome.AlreadyApplied, true)]
    [InlineData(PositionCommandOutcome.NotOpen, true)]
    [InlineData(PositionCommandOutcome.Pending, false)]
    [InlineData(PositionCommandOutcome.Rejected, false)]
    [InlineData(PositionCommandOutcome.Retired, false)]
    public void Only_a_sale_that_leaves_the_pair_flat_lets_a_flattening_delete_go_on(PositionCommandOutcome outcome, bool flat)
    {
        Assert.Equal(flat, BotDeletion.LeftFlat(outcome));
    }

    private static Position Row(string symbol) => new()
    {
        Id = Guid.NewGuid().ToString(),
        BotId = "b-1",
        Symbol = symbol,
        Quantity = 1,
        EntryPrice = 10,
        CurrentPrice = 10,
        UnrealizedPnl = 0,
        RealizedPnl = 0,
        OpenedAt = DateTimeOffset.UnixEpoch,
        IsOpen = false,
    };
}
