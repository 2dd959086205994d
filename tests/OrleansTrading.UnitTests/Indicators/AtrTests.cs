using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Indicators;

public sealed class AtrTests
{
    // (high, low, close); true ranges start at bar 1.
    private static readonly Bar[] Worked = TestBars.FromHighLowClose(
        (10, 8, 9),
        (11, 9, 10),   // TR1 = max(2, |11−9|, |9−9|) = 2
        (12, 10, 11),  // TR2 = max(2, |12−10|, |10−10|) = 2
        (13, 9, 12),   // TR3 = max(4, |13−11|, |9−11|) = 4
        (16, 14, 15),  // TR4 = max(2, |16−12|, |14−12|) = 4 (gap up: the previous close extends the range)
        (14, 12, 13)); // TR5 = max(2, |14−15|, |12−15|) = 3

    [Fact]
    public void Worked_example_seeded_with_the_mean_then_wilder()
    {
        // period 3: ATR3 = (2+2+4)/3 = 8/3; ATR4 = (8/3 × 2 + 4)/3 = 28/9; ATR5 = (28/9 × 2 + 3)/3 = 83/27.
        var results = Atr.Calculate(Worked, period: 3);

        Assert.Equal([null, null, null], results.Take(3).Select(r => r.Atr));
        Assert.Equal(8.0 / 3, results[3].Atr!.Value, 12);
        Assert.Equal(28.0 / 9, results[4].Atr!.Value, 12);
        Assert.Equal(83.0 / 27, results[5].Atr!.Value, 12);
    }

    [Fact]
    public void Matches_the_true_ranges_of_wilders_worksheet()
    {
        // Wilder, New Concepts in Technical Trading Systems (1978), directional movement worksheet (transcribed in
        // StreamingTALib's WildersWorksheetTests). Its TR column for days 2..15 is 3, 2.25, 2.75, 1, 2.5, 3.5, 3.5,
        // 4.25, 3.5, 6.5, 2.25, 2, 4, 5.25 (sum 46.25), then 2.75: ATR14 = 46.25/14 = 3.3035714…,
        // next (46.25/14 × 13 + 2.75)/14 = 3.2640306… (checked with an independent Python script).
        var results = Atr.Calculate(WilderWorksheet.Bars, period: 14);

        Assert.Null(results[13].Atr);
        Assert.Equal(46.25 / 14, results[14].Atr!.Value, 12);
        Assert.Equal((46.25 / 14 * 13 + 2.75) / 14, results[15].Atr!.Value, 12);
    }

    [Theory]
    [InlineData(14)]
    [InlineData(1)]
    [InlineData(50)]
    public void Streaming_equals_batch_on_a_long_random_series(int period)
    {
        var bars = TestBars.Random(20_000, seed: period);
        var batch = Atr.Calculate(bars, period);

        StreamingAssert.MatchesBatch(new AtrState(period), bars, i => [batch[i].Atr]);
    }

    [Fact]
    public void Warm_up_and_insufficient_data()
    {
        var state = new AtrState(5);
        Assert.Equal(6, state.WarmupPeriod);
        var bars = TestBars.Random(6);
        foreach (var bar in bars.Take(5))
        {
            state.Add(bar);
        }

        Assert.False(state.IsReady);
        Assert.True(double.IsNaN(state.Value));
        Assert.All(Atr.Calculate(bars[..5], 5), r => Assert.Null(r.Atr));
        Assert.Empty(Atr.Calculate([], 5));

        state.Add(bars[5]);
        Assert.True(state.IsReady);
        Assert.NotNull(Atr.Calculate(bars, 5)[5].Atr);
    }

    [Fact]
    public void Reset_forgets_every_bar()
    {
        var bars = TestBars.Random(100);
        var state = new AtrState(3);
        foreach (var bar in bars)
        {
            state.Add(bar);
        }

        state.Reset();

        Assert.False(state.IsReady);
        Assert.True(double.IsNaN(state.Value));
        var batch = Atr.Calculate(bars[50..], 3);
        StreamingAssert.MatchesBatch(state, bars[50..], i => [batch[i].Atr]);
    }

    [Fact]
    public void Bad_period_is_rejected_by_name()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new AtrState(0)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => Atr.Calculate([], 0)).ParamName);
    }

    [Fact]
    public void Add_allocates_nothing_after_warm_up() =>
        AllocationAssert.AddAllocatesNothing(new AtrState(14), TestBars.Random(12_000));
}
