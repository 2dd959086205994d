using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Indicators;

public sealed class RocTests
{
    [Fact]
    public void Worked_example()
    {
        // By hand, period 2: 100·(99 − 100)/100 = −1; 100·(121 − 110)/110 = 1100/110 = 10.
        var results = Roc.Calculate(TestBars.FromCloses(100, 110, 99, 121), period: 2);

        Assert.Equal([null, null, -1.0, 10.0], results.Select(r => r.Roc));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    [InlineData(100)]
    public void Streaming_equals_batch_on_a_long_random_series(int period)
    {
        var bars = TestBars.Random(20_000, seed: 19);
        var batch = Roc.Calculate(bars, period);

        StreamingAssert.MatchesBatch(new RocState(period), bars, i => [batch[i].Roc]);
    }

    [Fact]
    public void Warm_up_and_insufficient_data()
    {
        var state = new RocState();
        Assert.Equal(13, state.WarmupPeriod);
        var bars = TestBars.Random(13);
        for (var i = 0; i < 12; i++)
        {
            state.Add(bars[i]);
        }

        Assert.False(state.IsReady);
        Assert.True(double.IsNaN(state.Value));
        Assert.All(Roc.Calculate(bars[..12]), r => Assert.Null(r.Roc));
        Assert.NotNull(Roc.Calculate(bars)[12].Roc);
    }

    [Fact]
    public void Reset_forgets_every_bar() =>
        StateAssert.ResetForgetsEveryBar(() => new RocState(), TestBars.Random(40));

    [Fact]
    public void Add_allocates_nothing() => StateAssert.AddDoesNotAllocate(new RocState());

    [Fact]
    public void Bad_period_is_rejected_by_name()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new RocState(0)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => Roc.Calculate([], 0)).ParamName);
    }
}
