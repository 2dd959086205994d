using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Indicators;

public sealed class WilliamsRTests
{
    [Fact]
    public void Worked_example()
    {
        // period 3, (high, low, close):
        var bars = TestBars.FromHighLowClose(
            (10, 8, 9),
            (12, 9, 11),
            (11, 7, 8),      // HH 12, LL 7: −100 × (12 − 8)/(12 − 7) = −80
            (13, 10, 12.5),  // HH 13, LL 7: −100 × 0.5/6 = −8.33…
            (12, 11, 11));   // bars 2..4: HH 13, LL 7: −100 × 2/6 = −33.33…
        var results = WilliamsR.Calculate(bars, period: 3);

        Assert.Equal([null, null, -80.0], results.Take(3).Select(r => r.WilliamsR));
        Assert.Equal(-50.0 / 6, results[3].WilliamsR!.Value, 12);
        Assert.Equal(-200.0 / 6, results[4].WilliamsR!.Value, 12);
    }

    [Fact]
    public void A_window_without_range_is_minus_100()
    {
        // HH = LL: defined as −100, like a stochastic raw %K of 0.
        var results = WilliamsR.Calculate(TestBars.FromCloses(5, 5, 5), period: 2);

        Assert.Equal([null, -100.0, -100.0], results.Select(r => r.WilliamsR));
    }

    [Theory]
    [InlineData(14)]
    [InlineData(1)]
    [InlineData(50)]
    public void Streaming_equals_batch_on_a_long_random_series(int period)
    {
        var bars = TestBars.Random(20_000, seed: period);
        var batch = WilliamsR.Calculate(bars, period);

        StreamingAssert.MatchesBatch(new WilliamsRState(period), bars, i => [batch[i].WilliamsR]);
    }

    [Fact]
    public void Warm_up_and_insufficient_data()
    {
        var state = new WilliamsRState(5);
        Assert.Equal(5, state.WarmupPeriod);
        var bars = TestBars.Random(5);
        foreach (var bar in bars[..4])
        {
            state.Add(bar);
        }

        Assert.False(state.IsReady);
        Assert.True(double.IsNaN(state.Value));
        Assert.All(WilliamsR.Calculate(bars[..4], 5), r => Assert.Null(r.WilliamsR));

        state.Add(bars[4]);
        Assert.True(state.IsReady);
        Assert.InRange(state.Value, -100, 0);
    }

    [Fact]
    public void Reset_forgets_every_bar()
    {
        var bars = TestBars.Random(100);
        var state = new WilliamsRState(10);
        foreach (var bar in bars)
        {
            state.Add(bar);
        }

        state.Reset();

        Assert.False(state.IsReady);
        Assert.True(double.IsNaN(state.Value));
        var batch = WilliamsR.Calculate(bars[40..], 10);
        StreamingAssert.MatchesBatch(state, bars[40..], i => [batch[i].WilliamsR]);
    }

    [Fact]
    public void Bad_period_is_rejected_by_name()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new WilliamsRState(0)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => WilliamsR.Calculate([], 0)).ParamName);
    }

    [Fact]
    public void Add_allocates_nothing_after_warm_up() =>
        AllocationAssert.AddAllocatesNothing(new WilliamsRState(14), TestBars.Random(12_000));
}
