using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Indicators;

public sealed class MfiTests
{
    private static readonly DateTimeOffset Start = new(2024, 1, 2, 0, 0, 0, TimeSpan.Zero);

    private static Bar[] Bars(params (double High, double Low, double Close, double Volume)[] rows) =>
        rows.Select((r, i) => new Bar(Start.AddDays(i), r.Close, r.High, r.Low, r.Close, r.Volume)).ToArray();

    [Fact]
    public void Worked_example()
    {
        // period 2. TP = (H+L+C)/3, raw flow = TP × V, signed by the change in TP.
        var bars = Bars(
            (10, 8, 9, 100),   // TP 9
            (11, 9, 10, 200),  // TP 10 ↑: +2000
            (10, 8, 9, 100),   // TP 9 ↓: −900   → 100 − 100/(1 + 2000/900) = 100 × 2000/2900 = 68.97…
            (12, 10, 11, 50),  // TP 11 ↑: +550  → flows −900, +550: 100 × 550/1450 = 37.93…
            (12, 10, 11, 70),  // TP 11 =: none  → flows +550, 0: no negative flow → 100
            (12, 10, 11, 90)); // TP 11 =: none  → flows 0, 0: neither → 50
        var results = Mfi.Calculate(bars, period: 2);

        Assert.Equal([null, null], results.Take(2).Select(r => r.Mfi));
        Assert.Equal(200000.0 / 2900, results[2].Mfi!.Value, 12);
        Assert.Equal(55000.0 / 1450, results[3].Mfi!.Value, 12);
        Assert.Equal(100, results[4].Mfi);
        Assert.Equal(50, results[5].Mfi);
    }

    [Fact]
    public void Edge_values_are_exact_after_a_long_history()
    {
        // The running sums drop their rounding residue once a window holds no flow of that sign, so a rising window
        // after 5,000 random bars is exactly 100 and a window with no volume exactly 50.
        var history = TestBars.Random(5_000);
        var last = history[^1];
        var rising = Enumerable.Range(1, 14)
            .Select(i => new Bar(last.Timestamp.AddMinutes(i), 0, 1_000 + i, 1_000 + i, 1_000 + i, 1_000)).ToArray();
        var silent = Enumerable.Range(1, 14)
            .Select(i => new Bar(last.Timestamp.AddMinutes(i), 0, 1_000 - i, 1_000 - i, 1_000 - i, 0)).ToArray();

        Assert.Equal(100, Mfi.Calculate([.. history, .. rising], 14)[^1].Mfi);
        Assert.Equal(50, Mfi.Calculate([.. history, .. silent], 14)[^1].Mfi);
    }

    [Theory]
    [InlineData(14)]
    [InlineData(1)]
    [InlineData(40)]
    public void Streaming_equals_batch_on_a_long_random_series(int period)
    {
        var bars = TestBars.Random(20_000, seed: period);
        var batch = Mfi.Calculate(bars, period);

        StreamingAssert.MatchesBatch(new MfiState(period), bars, i => [batch[i].Mfi]);
    }

    [Fact]
    public void Warm_up_and_insufficient_data()
    {
        var state = new MfiState(5);
        Assert.Equal(6, state.WarmupPeriod);
        var bars = TestBars.Random(6);
        foreach (var bar in bars[..5])
        {
            state.Add(bar);
        }

        Assert.False(state.IsReady);
        Assert.True(double.IsNaN(state.Value));
        Assert.All(Mfi.Calculate(bars[..5], 5), r => Assert.Null(r.Mfi));

        state.Add(bars[5]);
        Assert.True(state.IsReady);
        Assert.InRange(state.Value, 0, 100);
    }

    [Fact]
    public void Reset_forgets_every_bar()
    {
        var bars = TestBars.Random(100);
        var state = new MfiState(10);
        foreach (var bar in bars)
        {
            state.Add(bar);
        }

        state.Reset();

        Assert.False(state.IsReady);
        Assert.True(double.IsNaN(state.Value));
        var batch = Mfi.Calculate(bars[40..], 10);
        StreamingAssert.MatchesBatch(state, bars[40..], i => [batch[i].Mfi]);
    }

    [Fact]
    public void Bad_period_is_rejected_by_name()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new MfiState(0)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => Mfi.Calculate([], 0)).ParamName);
    }

    [Fact]
    public void Add_allocates_nothing_after_warm_up() =>
        AllocationAssert.AddAllocatesNothing(new MfiState(14), TestBars.Random(12_000));
}
