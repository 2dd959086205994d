using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Indicators;

public sealed class SuperTrendTests
{
    [Fact]
    public void Worked_example()
    {
        // period 2, multiplier 1; (high, low, close). ATR(2): 2, 3, 3.5, 3.25, 4.125, 3.0625, 2.78125, 3.140625 from
        // index 2 (TRs 2, 2, 4, 4, 3, 5, 2, 2.5, 3.5). Basic bands = (H+L)/2 ± ATR.
        var bars = TestBars.FromHighLowClose(
            (10, 8, 9),
            (11, 9, 10),
            (12, 10, 11),   // basic 13 / 9, first bar: final 13 / 9; up, close 11 ≥ 9 → 9
            (13, 9, 12),    // basic 14 / 8: upper keeps 13 (14 ≥ 13, prev close 11 ≤ 13), lower keeps 9 → 9
            (16, 14, 15),   // basic 18.5 / 11.5: upper 13; lower rises to 11.5 → 11.5
            (14, 12, 13),   // basic 16.25 / 9.75: prev close 15 > 13, so upper resets to 16.25; lower 11.5 → 11.5
            (12, 8, 8.5),   // basic 14.125 / 5.875: upper 14.125; lower 11.5; close 8.5 < 11.5 → down → 14.125
            (9, 7, 7.5),    // basic 11.0625 / 4.9375: upper 11.0625; prev close 8.5 < 11.5 → lower 4.9375 → 11.0625
            (10, 8, 9.5),   // basic 11.78125 / 6.21875: upper keeps 11.0625; lower 6.21875; close 9.5 ≤ 11.0625 → 11.0625
            (13, 11, 12.5)); // basic 15.140625 / 8.859375: upper 11.0625; lower 8.859375; close 12.5 > 11.0625 → up → 8.859375
        var results = SuperTrend.Calculate(bars, period: 2, multiplier: 1);

        Assert.Equal([null, null, 9.0, 9.0, 11.5, 11.5, 14.125, 11.0625, 11.0625, 8.859375], results.Select(r => r.SuperTrend));
        Assert.Equal([null, null, true, true, true, true, false, false, false, true], results.Select(r => r.IsUptrend));
    }

    [Theory]
    [InlineData(1.0, true, 1.0)]
    [InlineData(0.5, false, 10.0)]
    public void The_flip_rule_applies_on_the_first_valid_bar(double close, bool uptrend, double line)
    {
        // period 1: valid from bar 1. TR = max(10 − 1, |10 − 9.5|, |1 − 9.5|) = 9, bands (10 + 1)/2 ± 0.5 × 9 = 10 / 1.
        // The trend starts up; a close of 1 is not below the lower band 1 (up, line 1), a close of 0.5 is (down, line 10).
        var bars = TestBars.FromHighLowClose((10, 9, 9.5), (10, 1, close));
        var result = SuperTrend.Calculate(bars, period: 1, multiplier: 0.5)[1];

        Assert.Equal(uptrend, result.IsUptrend);
        Assert.Equal(line, result.SuperTrend);
    }

    [Theory]
    [InlineData(10, 3.0)]
    [InlineData(1, 0.5)]
    [InlineData(22, 2.0)]
    public void Streaming_equals_batch_on_a_long_random_series(int period, double multiplier)
    {
        var bars = TestBars.Random(20_000, seed: period);
        var batch = SuperTrend.Calculate(bars, period, multiplier);
        var state = new SuperTrendState(period, multiplier);

        StreamingAssert.MatchesBatch(state, bars, i => [batch[i].SuperTrend]);
        Assert.Equal(batch[^1].IsUptrend, state.IsUptrend);
    }

    [Fact]
    public void The_line_is_on_the_trend_side_of_the_close()
    {
        var bars = TestBars.Random(5_000);
        var results = SuperTrend.Calculate(bars, 10, 3);

        for (var i = 10; i < bars.Length; i++)
        {
            Assert.True(results[i].IsUptrend == true ? bars[i].Close >= results[i].SuperTrend : bars[i].Close <= results[i].SuperTrend, $"bar {i}");
        }
    }

    [Fact]
    public void Warm_up_and_insufficient_data()
    {
        var state = new SuperTrendState(5, 3);
        Assert.Equal(6, state.WarmupPeriod);
        var bars = TestBars.Random(6);
        foreach (var bar in bars[..5])
        {
            state.Add(bar);
        }

        Assert.False(state.IsReady);
        Assert.True(double.IsNaN(state.Value));
        Assert.All(SuperTrend.Calculate(bars[..5], 5, 3), r => Assert.True(r is { SuperTrend: null, IsUptrend: null }));

        state.Add(bars[5]);
        Assert.True(state.IsReady);
        Assert.Equal(SuperTrend.Calculate(bars, 5, 3)[5].SuperTrend, state.Value);
    }

    [Fact]
    public void Reset_forgets_every_bar()
    {
        var bars = TestBars.Random(100);
        var state = new SuperTrendState(4, 2);
        foreach (var bar in bars)
        {
            state.Add(bar);
        }

        state.Reset();

        Assert.False(state.IsReady);
        Assert.True(double.IsNaN(state.Value));
        Assert.True(state.IsUptrend);
        var batch = SuperTrend.Calculate(bars[40..], 4, 2);
        StreamingAssert.MatchesBatch(state, bars[40..], i => [batch[i].SuperTrend]);
    }

    [Theory]
    [InlineData(0, 3.0, "period")]
    [InlineData(10, 0.0, "multiplier")]
    [InlineData(10, -2.0, "multiplier")]
    public void Bad_parameters_are_rejected_by_name(int period, double multiplier, string name)
    {
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => new SuperTrendState(period, multiplier)).ParamName);
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => SuperTrend.Calculate([], period, multiplier)).ParamName);
    }

    [Fact]
    public void Add_allocates_nothing_after_warm_up() =>
        AllocationAssert.AddAllocatesNothing(new SuperTrendState(), TestBars.Random(12_000));
}
