using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Indicators;

public sealed class RsiTests
{
    // StockCharts ChartSchool, "Relative Strength Index (RSI)", spreadsheet cs-rsi.xls: QQQQ closes and the 14-day
    // RSI column (published to 4 decimals). The first average is the plain mean of the first 14 gains/losses, as
    // Wilder (1978, "New Concepts in Technical Trading Systems") defines it. Re-checked independently with an exact
    // rational computation in Python: every value agrees with the table to within 5e-5.
    private static readonly double[] ChartSchoolCloses =
    [
        44.3389, 44.0902, 44.1497, 43.6124, 44.3278, 44.8264, 45.0955, 45.4245, 45.8433, 46.0826,
        45.8931, 46.0328, 45.6140, 46.2820, 46.2820, 46.0028, 46.0328, 46.4116, 46.2222, 45.6439,
        46.2122, 46.2521, 45.7137, 46.4515, 45.7835, 45.3548, 44.0288, 44.1783, 44.2181, 44.5672,
        43.4205, 42.6628, 43.1314,
    ];

    private static readonly double[] ChartSchoolRsi =
    [
        70.5328, 66.3186, 66.5498, 69.4063, 66.3552, 57.9749, 62.9296, 63.2571, 56.0593, 62.3771,
        54.7076, 50.4228, 39.9898, 41.4605, 41.8689, 45.4632, 37.3040, 33.0795, 37.7730,
    ];

    [Fact]
    public void Reproduces_the_chartschool_table()
    {
        var results = Rsi.Calculate(TestBars.FromCloses(ChartSchoolCloses), period: 14);

        Assert.All(results.Take(14), r => Assert.Null(r.Rsi));
        for (var i = 0; i < ChartSchoolRsi.Length; i++)
        {
            Assert.Equal(ChartSchoolRsi[i], results[14 + i].Rsi!.Value, 1e-4);
        }
    }

    [Fact]
    public void Worked_example_with_wilder_smoothing()
    {
        // By hand, period 2. Changes: +1, −1, +2.
        // t = 2: avgGain = (1 + 0)/2 = 0.5, avgLoss = (0 + 1)/2 = 0.5, RS = 1, RSI = 100 − 100/2 = 50.
        // t = 3: avgGain = (0.5·1 + 2)/2 = 1.25, avgLoss = (0.5·1 + 0)/2 = 0.25, RS = 5, RSI = 100 − 100/6.
        var results = Rsi.Calculate(TestBars.FromCloses(10, 11, 10, 12), period: 2);

        Assert.Equal([null, null, 50.0, 100 - 100 / 6.0], results.Select(r => r.Rsi));
    }

    [Theory]
    [InlineData(new double[] { 1, 2, 3, 4 }, 100.0)] // only gains: avgLoss = 0 → 100
    [InlineData(new double[] { 4, 3, 2, 1 }, 0.0)] // only losses: RS = 0 → 100 − 100/1 = 0
    [InlineData(new double[] { 5, 5, 5, 5 }, 50.0)] // flat: avgGain = avgLoss = 0 → 50 by our definition
    public void Degenerate_windows(double[] closes, double expected)
    {
        var results = Rsi.Calculate(TestBars.FromCloses(closes), period: 2);

        Assert.Equal(expected, results[^1].Rsi);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(14)]
    [InlineData(50)]
    public void Streaming_equals_batch_on_a_long_random_series(int period)
    {
        var bars = TestBars.Random(20_000, seed: 9);
        var batch = Rsi.Calculate(bars, period);

        StreamingAssert.MatchesBatch(new RsiState(period), bars, i => [batch[i].Rsi]);
    }

    [Fact]
    public void Warm_up_and_insufficient_data()
    {
        var state = new RsiState(14);
        Assert.Equal(15, state.WarmupPeriod);
        var bars = TestBars.Random(14);
        foreach (var bar in bars)
        {
            state.Add(bar);
        }

        Assert.False(state.IsReady);
        Assert.True(double.IsNaN(state.Value));
        Assert.All(Rsi.Calculate(bars, 14), r => Assert.Null(r.Rsi));
        Assert.NotNull(Rsi.Calculate(TestBars.Random(15), 14)[14].Rsi);
    }

    [Fact]
    public void Reset_forgets_every_bar() =>
        StateAssert.ResetForgetsEveryBar(() => new RsiState(14), TestBars.Random(60));

    [Fact]
    public void Add_allocates_nothing() => StateAssert.AddDoesNotAllocate(new RsiState());

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-3)]
    public void Bad_period_is_rejected_by_name(int period)
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new RsiState(period)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => Rsi.Calculate([], period)).ParamName);
    }
}
