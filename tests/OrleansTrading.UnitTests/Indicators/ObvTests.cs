using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Indicators;

public sealed class ObvTests
{
    [Fact]
    public void Worked_example()
    {
        // By hand: starts at 0; 11 > 10 → +200 = 200; 11 = 11 → unchanged 200; 9 < 11 → −400 = −200;
        // 12 > 9 → +500 = 300.
        var bars = FromClosesAndVolumes((10, 100), (11, 200), (11, 300), (9, 400), (12, 500));

        var results = Obv.Calculate(bars);

        Assert.Equal([0.0, 200.0, 200.0, -200.0, 300.0], results.Select(r => r.Obv));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    public void Streaming_equals_batch_on_a_long_random_series(int seed)
    {
        // OBV has no parameters; two series instead (both with flat closes and zero-volume bars).
        var bars = TestBars.Random(20_000, seed);
        var batch = Obv.Calculate(bars);

        StreamingAssert.MatchesBatch(new ObvState(), bars, i => [batch[i].Obv]);
    }

    [Fact]
    public void Warm_up_is_one_bar()
    {
        var state = new ObvState();
        Assert.Equal(1, state.WarmupPeriod);
        Assert.False(state.IsReady);
        Assert.True(double.IsNaN(state.Value));
        Assert.Empty(Obv.Calculate([]));

        state.Add(TestBars.FromCloses(50)[0]);

        Assert.True(state.IsReady);
        Assert.Equal(0, state.Value);
    }

    [Fact]
    public void Reset_forgets_every_bar() =>
        StateAssert.ResetForgetsEveryBar(() => new ObvState(), TestBars.Random(30));

    [Fact]
    public void Add_allocates_nothing() => StateAssert.AddDoesNotAllocate(new ObvState());

    private static Bar[] FromClosesAndVolumes(params (double Close, double Volume)[] rows) =>
        [.. rows.Select((r, i) => new Bar(new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero).AddDays(i), r.Close, r.Close, r.Close, r.Close, r.Volume))];
}
