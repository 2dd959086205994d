using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Indicators;

public sealed class SmaTests
{
    [Fact]
    public void Worked_example()
    {
        // By hand: (1+2+3)/3 = 2, (2+3+4)/3 = 3, (3+4+8)/3 = 5.
        var results = Sma.Calculate(TestBars.FromCloses(1, 2, 3, 4, 8), period: 3);

        Assert.Equal([null, null, 2.0, 3.0, 5.0], results.Select(r => r.Sma));
    }

    [Fact]
    public void Streaming_equals_batch_on_a_long_random_series()
    {
        var bars = TestBars.Random(20_000);
        var batch = Sma.Calculate(bars, 20);

        StreamingAssert.MatchesBatch(new SmaState(20), bars, i => [batch[i].Sma]);
    }

    [Fact]
    public void Warm_up_and_insufficient_data()
    {
        var state = new SmaState(5);
        Assert.Equal(5, state.WarmupPeriod);
        foreach (var bar in TestBars.FromCloses(1, 2, 3, 4))
        {
            state.Add(bar);
        }

        Assert.False(state.IsReady);
        Assert.True(double.IsNaN(state.Value));
        Assert.All(Sma.Calculate(TestBars.FromCloses(1, 2, 3, 4), 5), r => Assert.Null(r.Sma));
    }

    [Fact]
    public void Reset_forgets_every_bar()
    {
        var state = new SmaState(2);
        foreach (var bar in TestBars.FromCloses(10, 20, 30))
        {
            state.Add(bar);
        }

        state.Reset();
        state.Add(TestBars.FromCloses(7)[0]);

        Assert.False(state.IsReady);
    }

    [Fact]
    public void Bad_period_is_rejected_by_name()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SmaState(0));
        Assert.Equal("period", error.ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => Sma.Calculate([], 0)).ParamName);
    }
}
