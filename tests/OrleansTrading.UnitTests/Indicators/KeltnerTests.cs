using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Indicators;

public sealed class KeltnerTests
{
    [Fact]
    public void Worked_example()
    {
        // EMA(3) of closes, ATR(2), multiplier 2; (high, low, close):
        var bars = TestBars.FromHighLowClose(
            (10, 8, 9),
            (11, 9, 10),   // TR 2
            (12, 10, 11),  // TR 2;  EMA = (9+10+11)/3 = 10;      ATR = (2+2)/2 = 2     → 14, 10, 6
            (13, 9, 12),   // TR 4;  EMA = 10 + 0.5 × (12−10) = 11; ATR = (2×1 + 4)/2 = 3 → 17, 11, 5
            (16, 14, 15),  // TR 4;  EMA = 11 + 0.5 × (15−11) = 13; ATR = (3 + 4)/2 = 3.5 → 20, 13, 6
            (14, 12, 13)); // TR 3;  EMA = 13 + 0.5 × 0 = 13;       ATR = (3.5 + 3)/2 = 3.25 → 19.5, 13, 6.5
        var results = Keltner.Calculate(bars, emaPeriod: 3, atrPeriod: 2, multiplier: 2);

        Assert.All(results.Take(2), r => Assert.True(r is { Upper: null, Middle: null, Lower: null }));
        Assert.Equal([14.0, 17.0, 20.0, 19.5], results.Skip(2).Select(r => r.Upper));
        Assert.Equal([10.0, 11.0, 13.0, 13.0], results.Skip(2).Select(r => r.Middle));
        Assert.Equal([6.0, 5.0, 6.0, 6.5], results.Skip(2).Select(r => r.Lower));
    }

    [Theory]
    [InlineData(2, 5, 6)]  // the ATR is ready last: first valid index atrPeriod = 5
    [InlineData(8, 3, 8)]  // the EMA is ready last: first valid index emaPeriod − 1 = 7
    [InlineData(4, 3, 4)]  // both at index 3
    public void Warm_up_is_the_later_of_the_two(int emaPeriod, int atrPeriod, int warmup)
    {
        var bars = TestBars.Random(20);
        var state = new KeltnerState(emaPeriod, atrPeriod, 1.5);
        var results = Keltner.Calculate(bars, emaPeriod, atrPeriod, 1.5);

        Assert.Equal(warmup, state.WarmupPeriod);
        Assert.Equal(warmup - 1, Array.FindIndex(results, r => r.Middle is not null));
        for (var i = 0; i < bars.Length; i++)
        {
            state.Add(bars[i]);
            Assert.Equal(i >= warmup - 1, state.IsReady);
        }
    }

    [Theory]
    [InlineData(20, 10, 2.0)]
    [InlineData(1, 1, 0.5)]
    [InlineData(50, 14, 1.5)]
    public void Streaming_equals_batch_on_a_long_random_series(int emaPeriod, int atrPeriod, double multiplier)
    {
        var bars = TestBars.Random(20_000, seed: emaPeriod);
        var batch = Keltner.Calculate(bars, emaPeriod, atrPeriod, multiplier);

        StreamingAssert.MatchesBatch(new KeltnerState(emaPeriod, atrPeriod, multiplier), bars, i => [batch[i].Upper, batch[i].Middle, batch[i].Lower]);
    }

    [Fact]
    public void Insufficient_data_has_no_values()
    {
        var bars = TestBars.Random(10);
        var state = new KeltnerState();
        foreach (var bar in bars)
        {
            state.Add(bar);
        }

        Assert.False(state.IsReady);
        Assert.True(double.IsNaN(state.Upper) && double.IsNaN(state.Middle) && double.IsNaN(state.Lower));
        Assert.All(Keltner.Calculate(bars), r => Assert.Null(r.Middle));
    }

    [Fact]
    public void Reset_forgets_every_bar()
    {
        var bars = TestBars.Random(100);
        var state = new KeltnerState(5, 4, 2);
        foreach (var bar in bars)
        {
            state.Add(bar);
        }

        state.Reset();

        Assert.False(state.IsReady);
        Assert.True(double.IsNaN(state.Middle));
        var batch = Keltner.Calculate(bars[40..], 5, 4, 2);
        StreamingAssert.MatchesBatch(state, bars[40..], i => [batch[i].Upper, batch[i].Middle, batch[i].Lower]);
    }

    [Theory]
    [InlineData(0, 10, 2.0, "emaPeriod")]
    [InlineData(20, 0, 2.0, "atrPeriod")]
    [InlineData(20, 10, 0.0, "multiplier")]
    [InlineData(20, 10, double.NaN, "multiplier")]
    public void Bad_parameters_are_rejected_by_name(int emaPeriod, int atrPeriod, double multiplier, string name)
    {
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => new KeltnerState(emaPeriod, atrPeriod, multiplier)).ParamName);
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => Keltner.Calculate([], emaPeriod, atrPeriod, multiplier)).ParamName);
    }

    [Fact]
    public void Add_allocates_nothing_after_warm_up() =>
        AllocationAssert.AddAllocatesNothing(new KeltnerState(), TestBars.Random(12_000));
}
