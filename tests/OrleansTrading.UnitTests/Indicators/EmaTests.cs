using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Indicators;

public sealed class EmaTests
{
    [Fact]
    public void Worked_example_seeded_with_the_sma()
    {
        // period 3, k = 0.5. Seed: (2+4+6)/3 = 4. Then 4 + 0.5 × (8 − 4) = 6, 6 + 0.5 × (3 − 6) = 4.5.
        var results = Ema.Calculate(TestBars.FromCloses(2, 4, 6, 8, 3), period: 3);

        Assert.Equal([null, null, 4.0, 6.0, 4.5], results.Select(r => r.Ema));
    }

    [Fact]
    public void Streaming_equals_batch_on_a_long_random_series()
    {
        var bars = TestBars.Random(20_000, seed: 7);
        var batch = Ema.Calculate(bars, 26);

        StreamingAssert.MatchesBatch(new EmaState(26), bars, i => [batch[i].Ema]);
    }

    [Fact]
    public void Bad_period_is_rejected_by_name() =>
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new EmaState(0)).ParamName);
}
