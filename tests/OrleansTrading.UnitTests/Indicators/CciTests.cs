using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Indicators;

public sealed class CciTests
{
    [Fact]
    public void Matches_the_stockcharts_example()
    {
        // StockCharts ChartSchool, "Commodity Channel Index (CCI)": 20-day CCI of these typical prices (the same data
        // and values, to 4 decimals, in ta4j's CCIIndicatorTest; re-derived with an independent Python script).
        // First value by hand: SMA = 484.2 / 20 = 24.21, MD = (sum of |TP − 24.21| = 11.12) / 20 = 0.556,
        // CCI = (25.06 − 24.21)/(0.015 × 0.556) = 0.85/0.00834 = 101.9185.
        double[] typicalPrices =
        [
            23.98, 23.92, 23.79, 23.67, 23.54, 23.36, 23.65, 23.72, 24.16, 23.91, 23.81, 23.92, 23.74, 24.68, 24.94,
            24.93, 25.10, 25.12, 25.20, 25.06, 24.50, 24.31, 24.57, 24.62, 24.49, 24.37, 24.41, 24.35, 23.75, 24.09,
        ];
        double[] published = [101.9185, 31.1946, 6.5578, 33.6078, 34.9686, 13.6027, -10.6789, -11.471, -29.2567, -128.6, -72.7273];

        var results = Cci.Calculate(TestBars.FromCloses(typicalPrices), period: 20);

        Assert.All(results.Take(19), r => Assert.Null(r.Cci));
        for (var i = 0; i < published.Length; i++)
        {
            Assert.Equal(published[i], results[19 + i].Cci!.Value, 0.00005);
        }
    }

    [Fact]
    public void A_flat_window_gives_exactly_zero_even_after_a_long_history()
    {
        // The running SMA of 20 equal TPs after 5,000 random bars is not exactly that TP (rounding), so only comparing
        // the TPs themselves gives the defined 0 here rather than ±66.7.
        var flat = TestBars.FromCloses(Enumerable.Repeat(101.37, 20).ToArray());
        var bars = TestBars.Random(5_000).Concat(flat).ToArray();

        Assert.Equal(0, Cci.Calculate(bars, 20)[^1].Cci);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(1)]
    [InlineData(7)]
    public void Streaming_equals_batch_on_a_long_random_series(int period)
    {
        var bars = TestBars.Random(20_000, seed: period);
        var batch = Cci.Calculate(bars, period);

        StreamingAssert.MatchesBatch(new CciState(period), bars, i => [batch[i].Cci]);
    }

    [Fact]
    public void Warm_up_and_insufficient_data()
    {
        var state = new CciState(5);
        Assert.Equal(5, state.WarmupPeriod);
        var bars = TestBars.Random(5);
        foreach (var bar in bars[..4])
        {
            state.Add(bar);
        }

        Assert.False(state.IsReady);
        Assert.True(double.IsNaN(state.Value));
        Assert.All(Cci.Calculate(bars[..4], 5), r => Assert.Null(r.Cci));

        state.Add(bars[4]);
        Assert.True(state.IsReady);
    }

    [Fact]
    public void Reset_forgets_every_bar()
    {
        var bars = TestBars.Random(100);
        var state = new CciState(10);
        foreach (var bar in bars)
        {
            state.Add(bar);
        }

        state.Reset();

        Assert.False(state.IsReady);
        Assert.True(double.IsNaN(state.Value));
        var batch = Cci.Calculate(bars[40..], 10);
        StreamingAssert.MatchesBatch(state, bars[40..], i => [batch[i].Cci]);
    }

    [Fact]
    public void Bad_period_is_rejected_by_name()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new CciState(0)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => Cci.Calculate([], 0)).ParamName);
    }

    [Fact]
    public void Add_allocates_nothing_after_warm_up() =>
        AllocationAssert.AddAllocatesNothing(new CciState(20), TestBars.Random(12_000));
}
