using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Indicators;

public sealed class MacdTests
{
    [Fact]
    public void Worked_example()
    {
        // By hand (and re-checked with exact fractions in Python), fast 2 (k = 2/3), slow 3 (k = 1/2), signal 2 (k = 2/3),
        // closes 1, 2, 3, 5, 4, 6.
        // EMA2: seed (1+2)/2 = 3/2; 3/2 + 2/3·(3 − 3/2) = 5/2; 5/2 + 2/3·(5 − 5/2) = 25/6; 25/6 + 2/3·(4 − 25/6) = 73/18;
        //       73/18 + 2/3·(6 − 73/18) = 289/54.
        // EMA3: seed (1+2+3)/3 = 2; 2 + 1/2·(5 − 2) = 7/2; 7/2 + 1/2·(4 − 7/2) = 15/4; 15/4 + 1/2·(6 − 15/4) = 39/8.
        // MACD from index 2: 5/2 − 2 = 1/2; 25/6 − 7/2 = 2/3; 73/18 − 15/4 = 11/36; 289/54 − 39/8 = 103/216.
        // Signal from index 3: seed (1/2 + 2/3)/2 = 7/12; 7/12 + 2/3·(11/36 − 7/12) = 43/108;
        //       43/108 + 2/3·(103/216 − 43/108) = 73/162.
        // Histogram: 2/3 − 7/12 = 1/12; 11/36 − 43/108 = −5/54; 103/216 − 73/162 = 17/648.
        var results = Macd.Calculate(TestBars.FromCloses(1, 2, 3, 5, 4, 6), fast: 2, slow: 3, signal: 2);

        SeriesAssert.Close([null, null, 1 / 2.0, 2 / 3.0, 11 / 36.0, 103 / 216.0], results.Select(r => r.Macd), 1e-12);
        SeriesAssert.Close([null, null, null, 7 / 12.0, 43 / 108.0, 73 / 162.0], results.Select(r => r.Signal), 1e-12);
        SeriesAssert.Close([null, null, null, 1 / 12.0, -5 / 54.0, 17 / 648.0], results.Select(r => r.Histogram), 1e-12);
    }

    [Fact]
    public void Line_is_the_difference_of_the_framework_emas()
    {
        var bars = TestBars.Random(200, seed: 4);
        var fast = Ema.Calculate(bars, 12);
        var slow = Ema.Calculate(bars, 26);

        var results = Macd.Calculate(bars);

        for (var i = 0; i < bars.Length; i++)
        {
            Assert.Equal(slow[i].Ema is null ? null : fast[i].Ema - slow[i].Ema, results[i].Macd);
        }
    }

    [Theory]
    [InlineData(12, 26, 9)]
    [InlineData(5, 35, 5)]
    [InlineData(1, 2, 1)]
    public void Streaming_equals_batch_on_a_long_random_series(int fast, int slow, int signal)
    {
        var bars = TestBars.Random(20_000, seed: 21);
        var batch = Macd.Calculate(bars, fast, slow, signal);

        StreamingAssert.MatchesBatch(new MacdState(fast, slow, signal), bars,
            i => [batch[i].Macd, batch[i].Signal, batch[i].Histogram]);
    }

    [Fact]
    public void Warm_up_and_insufficient_data()
    {
        var state = new MacdState();
        Assert.Equal(34, state.WarmupPeriod); // first valid signal index 26 + 9 − 2 = 33
        var bars = TestBars.Random(34);
        for (var i = 0; i < 33; i++)
        {
            state.Add(bars[i]);
        }

        Assert.False(state.IsReady);
        Assert.False(double.IsNaN(state.Line)); // the line is out since index 25
        Assert.True(double.IsNaN(state.Signal));
        Assert.True(double.IsNaN(state.Histogram));
        var results = Macd.Calculate(bars[..33]);
        Assert.All(results.Take(25), r => Assert.Null(r.Macd));
        Assert.All(results.Skip(25), r => Assert.NotNull(r.Macd));
        Assert.All(results, r => Assert.Null(r.Signal));
        Assert.All(results, r => Assert.Null(r.Histogram));

        state.Add(bars[33]);
        Assert.True(state.IsReady);
        Assert.NotNull(Macd.Calculate(bars)[33].Histogram);
    }

    [Fact]
    public void Reset_forgets_every_bar() =>
        StateAssert.ResetForgetsEveryBar(() => new MacdState(), TestBars.Random(80));

    [Fact]
    public void Add_allocates_nothing() => StateAssert.AddDoesNotAllocate(new MacdState());

    [Theory]
    [InlineData(0, 26, 9, "fast")]
    [InlineData(12, 0, 9, "slow")]
    [InlineData(12, 26, 0, "signal")]
    public void Bad_period_is_rejected_by_name(int fast, int slow, int signal, string name)
    {
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => new MacdState(fast, slow, signal)).ParamName);
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => Macd.Calculate([], fast, slow, signal)).ParamName);
    }

    [Theory]
    [InlineData(26, 26)]
    [InlineData(30, 26)]
    public void Fast_must_be_shorter_than_slow(int fast, int slow)
    {
        Assert.Equal("fast", Assert.Throws<ArgumentException>(() => new MacdState(fast, slow)).ParamName);
        Assert.Equal("fast", Assert.Throws<ArgumentException>(() => Macd.Calculate([], fast, slow)).ParamName);
    }
}
