using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Indicators;

public sealed class ParabolicSarTests
{
    // Wilder, New Concepts in Technical Trading Systems (1978), Parabolic Time/Price System worksheet: highs and lows
    // as transcribed in TA-Lib's ta_regtest/test_sar.c. The worksheet has no closes; closes at the midpoint make
    // C_1 ≥ C_0, so the first trade is long, as in the book.
    private static readonly double[] WilderHighs =
    [
        51.12, 52.35, 52.1, 51.8, 52.1, 52.5, 52.8, 52.5, 53.5, 53.5, 53.8, 54.2, 53.4, 53.5, 54.4, 55.2, 55.7, 57, 57.5,
        58, 57.7, 58, 57.5, 57, 56.7, 57.5, 56.7, 56, 56.2, 54.8, 55.5, 54.7, 54, 52.5, 51, 51.5, 51.7, 53,
    ];

    private static readonly double[] WilderLows =
    [
        50, 51.5, 51, 50.5, 51.25, 51.7, 51.85, 51.5, 52.3, 52.5, 53, 53.5, 52.5, 52.1, 53, 54, 55, 56, 56.5, 57, 56.5,
        57.3, 56.7, 56.3, 56.2, 56, 55.5, 55, 54.9, 54, 54.5, 53.8, 53, 51.5, 50, 50.5, 50.2, 51.5,
    ];

    private static Bar[] WilderBars() => TestBars.FromHighLowClose(
        WilderHighs.Select((h, i) => (h, WilderLows[i], (h + WilderLows[i]) / 2)).ToArray());

    [Fact]
    public void Matches_wilders_worksheet()
    {
        // TA-Lib's reference points from the book: bar 1 = 50.00 (the seed L_0); bar 2 = 50 + 0.02 × (52.35 − 50)
        // = 50.047 (EP = H_1 = 52.35; the first step is bounded by bar 1's low 51.5 only); bar 5 = 50.182; bar 36 =
        // 52.93 (a downtrend since the reversal at bar 23); bar 37 reverses up: SAR = the trade's EP, the low 50.00.
        var results = ParabolicSar.Calculate(WilderBars());

        Assert.True(results[0] is { Sar: null, IsUptrend: null });
        Assert.Equal(50.00, results[1].Sar);
        Assert.Equal(50.047, results[2].Sar!.Value, 12);
        // bar 3: EP unchanged (52.1 < 52.35): 50.047 + 0.02 × (52.35 − 50.047) = 50.09306.
        Assert.Equal(50.09306, results[3].Sar!.Value, 12);
        Assert.Equal(50.182, results[5].Sar!.Value, 0.0005);
        Assert.Equal(52.93, results[36].Sar!.Value, 0.005);
        Assert.Equal(50.00, results[37].Sar);
        // The reversals: at bar 23 (low 56.3 ≤ SAR 56.71…) the SAR jumps to the uptrend's EP, the high 58.
        Assert.True(results[22].IsUptrend);
        Assert.Equal(58, results[23].Sar);
        Assert.False(results[23].IsUptrend);
        Assert.True(results[37].IsUptrend);
    }

    [Fact]
    public void Worked_example_starting_down_with_a_reversal_and_a_clamp()
    {
        var bars = TestBars.FromHighLowClose(
            (10, 9, 9.5),
            (9.8, 8.8, 9.0),  // C_1 < C_0: down; SAR = H_0 = 10; EP = L_1 = 8.8; AF 0.02
            (9.5, 8.5, 8.7),  // 10 + 0.02 × (8.8 − 10) = 9.976 (≥ H_1 9.8); no penetration; new low: EP 8.5, AF 0.04
            (10.2, 9, 10.1),  // 9.976 + 0.04 × (8.5 − 9.976) = 9.91696; H_3 10.2 ≥ it: reverse up, SAR = EP = 8.5, EP 10.2
            (10.5, 10, 10.4)); // 8.5 + 0.02 × (10.2 − 8.5) = 8.534, clamped to min(L_3 9, L_2 8.5) = 8.5
        var results = ParabolicSar.Calculate(bars);

        Assert.Equal(10, results[1].Sar);
        Assert.False(results[1].IsUptrend);
        Assert.Equal(9.976, results[2].Sar!.Value, 12);
        Assert.Equal(8.5, results[3].Sar);
        Assert.True(results[3].IsUptrend);
        Assert.Equal(8.5, results[4].Sar);
    }

    [Theory]
    [InlineData(0.02, 0.2)]
    [InlineData(0.01, 0.1)]
    [InlineData(0.05, 0.05)]
    public void Streaming_equals_batch_on_a_long_random_series(double step, double max)
    {
        var bars = TestBars.Random(20_000, seed: (int)(step * 1000));
        var batch = ParabolicSar.Calculate(bars, step, max);

        StreamingAssert.MatchesBatch(new ParabolicSarState(step, max), bars, i => [batch[i].Sar]);
    }

    [Fact]
    public void The_stop_stays_on_the_protected_side()
    {
        var bars = TestBars.Random(5_000);
        var results = ParabolicSar.Calculate(bars);

        for (var i = 2; i < bars.Length; i++)
        {
            var sar = results[i].Sar!.Value;
            if (results[i].IsUptrend == true)
            {
                Assert.True(sar <= bars[i].Low || results[i].IsUptrend != results[i - 1].IsUptrend, $"bar {i}");
            }
            else
            {
                Assert.True(sar >= bars[i].High || results[i].IsUptrend != results[i - 1].IsUptrend, $"bar {i}");
            }
        }
    }

    [Fact]
    public void Warm_up_and_insufficient_data()
    {
        var state = new ParabolicSarState();
        Assert.Equal(2, state.WarmupPeriod);
        var bars = TestBars.Random(2);

        state.Add(bars[0]);
        Assert.False(state.IsReady);
        Assert.True(double.IsNaN(state.Value));
        Assert.True(ParabolicSar.Calculate(bars[..1])[0] is { Sar: null });
        Assert.Empty(ParabolicSar.Calculate([]));

        state.Add(bars[1]);
        Assert.True(state.IsReady);
        Assert.Equal(ParabolicSar.Calculate(bars)[1].Sar, state.Value);
    }

    [Fact]
    public void Reset_forgets_every_bar()
    {
        var bars = TestBars.Random(100);
        var state = new ParabolicSarState();
        foreach (var bar in bars)
        {
            state.Add(bar);
        }

        state.Reset();

        Assert.False(state.IsReady);
        Assert.True(double.IsNaN(state.Value));
        var batch = ParabolicSar.Calculate(bars[40..]);
        StreamingAssert.MatchesBatch(state, bars[40..], i => [batch[i].Sar]);
    }

    [Theory]
    [InlineData(0.0, 0.2, "step")]
    [InlineData(double.PositiveInfinity, 0.2, "step")]
    [InlineData(0.02, -1.0, "max")]
    [InlineData(0.02, 0.01, "max")]
    public void Bad_parameters_are_rejected_by_name(double step, double max, string name)
    {
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => new ParabolicSarState(step, max)).ParamName);
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => ParabolicSar.Calculate([], step, max)).ParamName);
    }

    [Fact]
    public void Add_allocates_nothing_after_warm_up() =>
        AllocationAssert.AddAllocatesNothing(new ParabolicSarState(), TestBars.Random(12_000));
}
