using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Indicators;

public sealed class DonchianTests
{
    [Fact]
    public void Worked_example()
    {
        // period 3, (high, low, close): the window includes the current bar.
        var bars = TestBars.FromHighLowClose(
            (10, 8, 9),
            (12, 9, 11),
            (11, 7, 8),      // bars 0..2: upper 12, lower 7, middle 9.5
            (13, 10, 12.5),  // bars 1..3: upper 13, lower 7, middle 10
            (12, 11, 11));   // bars 2..4: upper 13, lower 7, middle 10
        var results = Donchian.Calculate(bars, period: 3);

        Assert.All(results.Take(2), r => Assert.True(r is { Upper: null, Middle: null, Lower: null }));
        Assert.Equal((12.0, 9.5, 7.0), (results[2].Upper!.Value, results[2].Middle!.Value, results[2].Lower!.Value));
        Assert.Equal((13.0, 10.0, 7.0), (results[3].Upper!.Value, results[3].Middle!.Value, results[3].Lower!.Value));
        Assert.Equal((13.0, 10.0, 7.0), (results[4].Upper!.Value, results[4].Middle!.Value, results[4].Lower!.Value));
        // One more bar drops bar 2 (low 7): bars 3..5 → upper 13, lower 9.5, middle 11.25.
        var more = Donchian.Calculate([.. bars, .. TestBars.FromHighLowClose((11, 9.5, 10))], period: 3);
        Assert.Equal((13.0, 11.25, 9.5), (more[5].Upper!.Value, more[5].Middle!.Value, more[5].Lower!.Value));
    }

    [Theory]
    [InlineData(20)]
    [InlineData(1)]
    [InlineData(55)]
    public void Streaming_equals_batch_on_a_long_random_series(int period)
    {
        var bars = TestBars.Random(20_000, seed: period);
        var batch = Donchian.Calculate(bars, period);

        StreamingAssert.MatchesBatch(new DonchianState(period), bars, i => [batch[i].Upper, batch[i].Middle, batch[i].Lower]);
    }

    [Fact]
    public void Warm_up_and_insufficient_data()
    {
        var state = new DonchianState(5);
        Assert.Equal(5, state.WarmupPeriod);
        var bars = TestBars.Random(5);
        foreach (var bar in bars[..4])
        {
            state.Add(bar);
        }

        Assert.False(state.IsReady);
        Assert.True(double.IsNaN(state.Upper) && double.IsNaN(state.Middle) && double.IsNaN(state.Lower));
        Assert.All(Donchian.Calculate(bars[..4], 5), r => Assert.Null(r.Upper));

        state.Add(bars[4]);
        Assert.True(state.IsReady);
        Assert.Equal(bars.Max(b => b.High), state.Upper);
    }

    [Fact]
    public void Reset_forgets_every_bar()
    {
        var bars = TestBars.Random(100);
        var state = new DonchianState(10);
        foreach (var bar in bars)
        {
            state.Add(bar);
        }

        state.Reset();

        Assert.False(state.IsReady);
        var batch = Donchian.Calculate(bars[40..], 10);
        StreamingAssert.MatchesBatch(state, bars[40..], i => [batch[i].Upper, batch[i].Middle, batch[i].Lower]);
    }

    [Fact]
    public void Bad_period_is_rejected_by_name()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new DonchianState(0)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => Donchian.Calculate([], 0)).ParamName);
    }

    [Fact]
    public void Add_allocates_nothing_after_warm_up() =>
        AllocationAssert.AddAllocatesNothing(new DonchianState(20), TestBars.Random(12_000));
}
