using OrleansTrading.Grains.Execution;

namespace OrleansTrading.UnitTests.Execution;

public sealed class ClientOrderIdsTests
{
    private static readonly DateTimeOffset Bar = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_same_decision_always_derives_the_same_id()
    {
        var first = ClientOrderIds.Derive("bot-1", "AAPL", Bar, OrderSide.Buy);

        Assert.Equal(first, ClientOrderIds.Derive("bot-1", "AAPL", Bar.ToOffset(TimeSpan.FromHours(-5)), OrderSide.Buy));
        Assert.Matches("^ot-[0-9a-f]{32}$", first);
    }

    [Fact]
    public void Any_different_input_derives_a_different_id()
    {
        var ids = new[]
        {
            ClientOrderIds.Derive("bot-1", "AAPL", Bar, OrderSide.Buy),
            ClientOrderIds.Derive("bot-2", "AAPL", Bar, OrderSide.Buy),
            ClientOrderIds.Derive("bot-1", "MSFT", Bar, OrderSide.Buy),
            ClientOrderIds.Derive("bot-1", "AAPL", Bar.AddMinutes(1), OrderSide.Buy),
            ClientOrderIds.Derive("bot-1", "AAPL", Bar, OrderSide.Sell),
        };

        Assert.Equal(ids.Length, ids.Distinct().Count());
    }
}
