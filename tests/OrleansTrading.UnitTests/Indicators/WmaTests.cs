using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Indicators;

public sealed class WmaTests
{
    [Fact]
    public void Worked_example()
    {
        // By hand, period 3, weights 1, 2, 3 (newest 3), divisor 1 + 2 + 3 = 6:
        // (1·1 + 2·2 + 3·3)/6 = 14/6, (1·2 + 2·3 + 3·4)/6 = 20/6, (1·3 + 2·4 + 3·8)/6 = 35/6.
        // The recurrence W ← W + 3x − S, S ← S + x − x_out keeps integers here, so the results are exact:
        // W: 3, 3·2 − 1 = 8, 8 + 9 − 3 = 14, 14 + 12 − 6 = 20, 20 + 24 − 9 = 35.
        var results = Wma.Calculate(TestBars.FromCloses(1, 2, 3, 4, 8), period: 3);

        Assert.Equal([null, null, 14.0 / 6, 20.0 / 6, 35.0 / 6], results.Select(r => r.Wma));
    }

    [Fact]
    public void Recurrence_stays_within_rounding_of_the_direct_weighted_sum()
    {
        const int period = 20;
        var bars = TestBars.Random(20_000, seed: 11);
        var results = Wma.Calculate(bars, period);

        for (var i = period - 1; i < bars.Length; i++)
        {
            var direct = 0.0;
            for (var w = 1; w <= period; w++)
            {
                direct += w * bars[i - period + w].Close;
            }
            direct /= period * (period + 1) / 2.0;
            Assert.Equal(direct, results[i].Wma!.Value, direct * 1e-9);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(20)]
    public void Streaming_equals_batch_on_a_long_random_series(int period)
    {
        var bars = TestBars.Random(20_000, seed: 5);
        var batch = Wma.Calculate(bars, period);

        StreamingAssert.MatchesBatch(new WmaState(period), bars, i => [batch[i].Wma]);
    }

    [Fact]
    public void Warm_up_and_insufficient_data()
    {
        var state = new WmaState(5);
        Assert.Equal(5, state.WarmupPeriod);
        var bars = TestBars.FromCloses(1, 2, 3, 4);
        foreach (var bar in bars)
        {
            state.Add(bar);
        }

        Assert.False(state.IsReady);
        Assert.True(double.IsNaN(state.Value));
        Assert.All(Wma.Calculate(bars, 5), r => Assert.Null(r.Wma));
        Assert.NotNull(Wma.Calculate(TestBars.FromCloses(1, 2, 3, 4, 5), 5)[4].Wma);
    }

    [Fact]
    public void Reset_forgets_every_bar() =>
        StateAssert.ResetForgetsEveryBar(() => new WmaState(10), TestBars.Random(50));

    [Fact]
    public void Add_allocates_nothing() => StateAssert.AddDoesNotAllocate(new WmaState(20));

    [Fact]
    public void Bad_period_is_rejected_by_name()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new WmaState(0)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => Wma.Calculate([], 0)).ParamName);
    }
}
