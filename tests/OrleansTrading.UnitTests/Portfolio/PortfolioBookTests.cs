using OrleansTrading.Grains.Execution;
using OrleansTrading.Grains.Portfolio;

namespace OrleansTrading.UnitTests.Portfolio;

public sealed class PortfolioBookTests
{
    private static readonly DateTimeOffset T = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);

    private static Fill Fill(OrderSide side, int quantity, decimal price, decimal commission = 1m, string symbol = "AAPL") =>
        new("id", symbol, side, quantity, price, commission, T);

    [Fact]
    public void Adds_average_the_entry_and_sells_realize_net_of_commissions()
    {
        var book = new PortfolioBook(10_000m);

        book.Apply(Fill(OrderSide.Buy, 10, 100m));  // cash 10,000 − 1,000 − 1 = 8,999
        book.Apply(Fill(OrderSide.Buy, 30, 104m));  // avg (1,000 + 3,120) / 40 = 103; cash 8,999 − 3,120 − 1 = 5,878
        var realized = book.Apply(Fill(OrderSide.Sell, 20, 110m)); // (110 − 103) × 20 − 1 = 139

        var position = book.Find("AAPL")!;
        Assert.Equal(139m, realized);
        Assert.Equal(20, position.Quantity);
        Assert.Equal(103m, position.AveragePrice);
        Assert.Equal(-1m - 1m + 139m, position.RealizedPnl); // both entry commissions count against realized
        Assert.Equal(5_878m + 2_200m - 1m, book.Cash);
        Assert.Equal(140m, position.UnrealizedPnl(110m));
        Assert.Equal(book.Cash + 20 * 110m, book.Equity(_ => 110m));
        // Whole P&L after costs = equity change.
        Assert.Equal(book.Equity(_ => 110m) - 10_000m, position.RealizedPnl + position.UnrealizedPnl(110m));
    }

    [Fact]
    public void Closing_flattens_and_resets_the_average()
    {
        var book = new PortfolioBook(1_000m);
        book.Apply(Fill(OrderSide.Buy, 5, 50m, commission: 0m));

        book.Apply(Fill(OrderSide.Sell, 5, 45m, commission: 0m));

        var position = book.Find("AAPL")!;
        Assert.False(position.IsOpen);
        Assert.Equal(0m, position.AveragePrice);
        Assert.Equal(-25m, position.RealizedPnl);
        Assert.Equal(975m, book.Cash);
    }

    [Fact]
    public void Selling_more_than_held_is_refused_long_only()
    {
        var book = new PortfolioBook(1_000m);
        book.Apply(Fill(OrderSide.Buy, 2, 10m));

        Assert.Throws<InvalidOperationException>(() => book.Apply(Fill(OrderSide.Sell, 3, 10m)));
    }
}
