using Microsoft.Extensions.Options;
using OrleansTrading.Grains.MarketData.Feeds;

namespace OrleansTrading.UnitTests.MarketData.Feeds;

public sealed class SimulatedMarketDataFeedTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static SimulatedMarketDataFeed Feed(int seed = 42) =>
        new(Options.Create(new MarketDataOptions { Seed = seed, BarPeriod = TimeSpan.FromSeconds(1) }));

    [Fact]
    public async Task Bars_are_a_pure_function_of_seed_symbol_and_time()
    {
        // Two feeds (two silos), asked differently: whole window vs. incrementally.
        var whole = await Feed().GetCompletedBarsAsync("AAPL", null, Noon, 120, default);
        var first = await Feed().GetCompletedBarsAsync("AAPL", null, Noon.AddSeconds(-60), 60, default);
        var rest = await Feed().GetCompletedBarsAsync("AAPL", first[^1].Timestamp, Noon, 120, default);

        Assert.Equal(120, whole.Count);
        Assert.Equal(whole, first.Concat(rest).ToArray());
    }

    [Fact]
    public async Task Bars_sit_on_the_period_grid_and_are_complete_only_once_their_period_has_passed()
    {
        var bars = await Feed().GetCompletedBarsAsync("MSFT", null, Noon.AddMilliseconds(500), 3, default);

        // At 12:00:00.5 the bar opened at 12:00:00 is still forming; the last complete one opened at 11:59:59.
        Assert.Equal([Noon.AddSeconds(-3), Noon.AddSeconds(-2), Noon.AddSeconds(-1)], bars.Select(b => b.Timestamp).ToArray());
        Assert.Empty(await Feed().GetCompletedBarsAsync("MSFT", Noon.AddSeconds(-1), Noon.AddMilliseconds(999), 10, default));
        Assert.Single(await Feed().GetCompletedBarsAsync("MSFT", Noon.AddSeconds(-1), Noon.AddSeconds(1), 10, default));
    }

    [Fact]
    public async Task Bars_are_well_formed_and_continuous()
    {
        var bars = await Feed().GetCompletedBarsAsync("SPY", null, Noon, 5_000, default);

        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            Assert.True(bar.Low > 0 && bar.Low <= Math.Min(bar.Open, bar.Close) && bar.High >= Math.Max(bar.Open, bar.Close), $"bar {i}");
            Assert.True(bar.Volume > 0);
            if (i > 0)
            {
                Assert.Equal(bars[i - 1].Close, bar.Open);
            }
        }
    }

    [Fact]
    public async Task Symbols_and_seeds_give_different_paths_that_move_like_one_minute_bars()
    {
        var aapl = await Feed().GetCompletedBarsAsync("AAPL", null, Noon, 2_000, default);
        var msft = await Feed().GetCompletedBarsAsync("MSFT", null, Noon, 2_000, default);
        var reseeded = await Feed(7).GetCompletedBarsAsync("AAPL", null, Noon, 2_000, default);

        Assert.NotEqual(aapl[0].Close, msft[0].Close);
        Assert.NotEqual(aapl[0].Close, reseeded[0].Close);
        // 30% a year over 98,280 one-minute bars is about 0.1% per bar; the path must neither freeze nor explode.
        var returns = aapl.Skip(1).Select((b, i) => Math.Log(b.Close / aapl[i].Close)).ToArray();
        var sd = Math.Sqrt(returns.Select(r => r * r).Average());
        Assert.InRange(sd, 0.0002, 0.005);
    }
}
