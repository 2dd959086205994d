using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Indicators;

public sealed class StochasticTests
{
    // StockCharts ChartSchool, "Stochastic Oscillator (Fast, Slow and Full)": the 14-day example's highs and lows,
    // closes from day 14 on, and its %K and 3-day %D, published to 2 decimals (the same bars back ChartSchool's
    // Williams %R example: %R = %K − 100). Re-checked independently in Python with naive window max/min and means.
    private static readonly (double High, double Low)[] ChartSchoolHighLow =
    [
        (127.0090, 125.3574), (127.6159, 126.1633), (126.5911, 124.9296), (127.3472, 126.0937), (128.1730, 126.8199),
        (128.4317, 126.4817), (127.3671, 126.0340), (126.4220, 124.8301), (126.8995, 126.3921), (126.8498, 125.7156),
        (125.6460, 124.5615), (125.7156, 124.5715), (127.1582, 125.0689), (127.7154, 126.8597), (127.6855, 126.6309),
        (128.2228, 126.8001), (128.2725, 126.7105), (128.0934, 126.8001), (128.2725, 126.1335), (127.7353, 125.9245),
        (128.7700, 126.9891), (129.2873, 127.8148), (130.0633, 128.4715), (129.1182, 128.0641), (129.2873, 127.6059),
        (128.4715, 127.5960), (128.0934, 126.9990), (128.6506, 126.8995), (129.1381, 127.4865), (128.6406, 127.3970),
    ];

    // Closes of days 14..30; the first 13 closes are not published and do not enter the 14-day calculation.
    private static readonly double[] ChartSchoolCloses =
    [
        127.2876, 127.1781, 128.0138, 127.1085, 127.7253, 127.0587, 127.3273, 128.7103, 127.8745, 128.5809,
        128.6008, 127.9342, 128.1133, 127.5960, 127.5960, 128.6904, 128.2725,
    ];

    private static readonly double[] ChartSchoolFastK =
    [
        70.44, 67.61, 89.20, 65.81, 81.75, 64.52, 74.53, 98.58, 70.10, 73.06, 73.42, 61.23, 60.96, 40.39, 40.39, 66.83, 56.73,
    ];

    private static readonly double[] ChartSchoolFastD =
    [
        75.75, 74.21, 78.92, 70.69, 73.60, 79.21, 81.07, 80.58, 72.19, 69.24, 65.20, 54.19, 47.24, 49.20, 54.65,
    ];

    [Fact]
    public void Fast_stochastic_reproduces_the_chartschool_table()
    {
        // smooth = 1: %K is the raw %K, %D its 3-bar SMA.
        var results = Stochastic.Calculate(ChartSchoolBars(), kPeriod: 14, dPeriod: 3, smooth: 1);

        SeriesAssert.Close(Padded(13, ChartSchoolFastK), results.Select(r => r.K), 0.005);
        SeriesAssert.Close(Padded(15, ChartSchoolFastD), results.Select(r => r.D), 0.005);
    }

    [Fact]
    public void Slow_stochastic_smooths_the_fast_one()
    {
        // Slow %K (smooth 3) is the fast %D above; slow %D is its 3-bar SMA, by hand from the published 2-decimal
        // values: (75.75 + 74.21 + 78.92)/3 = 76.293, (74.21 + 78.92 + 70.69)/3 = 74.607,
        // (78.92 + 70.69 + 73.60)/3 = 74.403 (tolerance covers the rounding of the inputs).
        var results = Stochastic.Calculate(ChartSchoolBars(), kPeriod: 14, dPeriod: 3, smooth: 3);

        SeriesAssert.Close(Padded(15, ChartSchoolFastD), results.Select(r => r.K), 0.005);
        Assert.All(results.Take(17), r => Assert.Null(r.D));
        Assert.Equal(76.293, results[17].D!.Value, 0.005);
        Assert.Equal(74.607, results[18].D!.Value, 0.005);
        Assert.Equal(74.403, results[19].D!.Value, 0.005);
    }

    [Fact]
    public void No_range_gives_raw_k_zero()
    {
        // HH == LL over the window: raw %K = 0 by definition (instead of 0/0).
        var results = Stochastic.Calculate(TestBars.FromCloses(5, 5, 5), kPeriod: 2, dPeriod: 1, smooth: 1);

        Assert.Equal([null, 0.0, 0.0], results.Select(r => r.K));
        Assert.Equal([null, 0.0, 0.0], results.Select(r => r.D));
    }

    [Fact]
    public void Worked_example_by_hand()
    {
        // kPeriod 2, smooth 2, dPeriod 2; bars (high, low, close):
        // t1: HH = max(10, 12) = 12, LL = min(8, 9) = 8, raw = 100·(11 − 8)/(12 − 8) = 75
        // t2: HH = max(12, 11) = 12, LL = min(9, 7) = 7, raw = 100·(8 − 7)/(12 − 7) = 20;  %K = (75 + 20)/2 = 47.5
        // t3: HH = max(11, 13) = 13, LL = min(7, 10) = 7, raw = 100·(13 − 7)/(13 − 7) = 100; %K = (20 + 100)/2 = 60,
        //     %D = (47.5 + 60)/2 = 53.75
        var bars = TestBars.FromHighLowClose((10, 8, 9), (12, 9, 11), (11, 7, 8), (13, 10, 13));

        var results = Stochastic.Calculate(bars, kPeriod: 2, dPeriod: 2, smooth: 2);

        Assert.Equal([null, null, 47.5, 60.0], results.Select(r => r.K));
        Assert.Equal([null, null, null, 53.75], results.Select(r => r.D));
    }

    [Theory]
    [InlineData(14, 3, 3)]
    [InlineData(5, 3, 1)]
    [InlineData(1, 1, 1)]
    [InlineData(30, 10, 5)]
    public void Streaming_equals_batch_on_a_long_random_series(int kPeriod, int dPeriod, int smooth)
    {
        var bars = TestBars.Random(20_000, seed: 17);
        var batch = Stochastic.Calculate(bars, kPeriod, dPeriod, smooth);

        StreamingAssert.MatchesBatch(new StochasticState(kPeriod, dPeriod, smooth), bars, i => [batch[i].K, batch[i].D]);
    }

    [Fact]
    public void Warm_up_and_insufficient_data()
    {
        // %K first valid at 14 + 3 − 2 = 15, %D at 14 + 3 + 3 − 3 = 17.
        var state = new StochasticState();
        Assert.Equal(18, state.WarmupPeriod);
        var bars = TestBars.Random(18);
        for (var i = 0; i < 17; i++)
        {
            state.Add(bars[i]);
        }

        Assert.False(state.IsReady);
        Assert.False(double.IsNaN(state.K));
        Assert.True(double.IsNaN(state.D));
        var results = Stochastic.Calculate(bars);
        Assert.All(results.Take(15), r => Assert.Null(r.K));
        Assert.All(results.Take(17), r => Assert.Null(r.D));
        Assert.NotNull(results[15].K);
        Assert.NotNull(results[17].D);
    }

    [Fact]
    public void Reset_forgets_every_bar() =>
        StateAssert.ResetForgetsEveryBar(() => new StochasticState(), TestBars.Random(60));

    [Fact]
    public void Add_allocates_nothing() => StateAssert.AddDoesNotAllocate(new StochasticState());

    [Theory]
    [InlineData(0, 3, 3, "kPeriod")]
    [InlineData(14, 0, 3, "dPeriod")]
    [InlineData(14, 3, 0, "smooth")]
    public void Bad_parameters_are_rejected_by_name(int kPeriod, int dPeriod, int smooth, string name)
    {
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => new StochasticState(kPeriod, dPeriod, smooth)).ParamName);
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => Stochastic.Calculate([], kPeriod, dPeriod, smooth)).ParamName);
    }

    private static Bar[] ChartSchoolBars()
    {
        var unpublished = ChartSchoolHighLow.Length - ChartSchoolCloses.Length;
        // The example lists closes from day 14 on; earlier closes never enter a 14-day %K, so a midpoint stands in.
        return TestBars.FromHighLowClose([.. ChartSchoolHighLow.Select((hl, i) =>
            (hl.High, hl.Low, i < unpublished ? (hl.High + hl.Low) / 2 : ChartSchoolCloses[i - unpublished]))]);
    }

    private static double?[] Padded(int nulls, double[] values) =>
        [.. Enumerable.Repeat<double?>(null, nulls), .. values.Select(v => (double?)v)];
}
