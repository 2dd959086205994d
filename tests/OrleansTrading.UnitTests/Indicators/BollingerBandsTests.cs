using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Indicators;

public sealed class BollingerBandsTests
{
    // StockCharts ChartSchool, "Bollinger Bands", spreadsheet cs-bbands.xls: SPY closes and the (20, 2) middle, upper
    // and lower bands (6 decimals) with the population standard deviation. Re-checked independently in Python with a
    // direct two-pass population deviation over each window: within 5e-7 of every published value.
    private static readonly double[] ChartSchoolCloses =
    [
        86.1557, 89.0867, 88.7829, 90.3228, 89.0671, 91.1453, 89.4397, 89.1750, 86.9302, 87.6752,
        86.9596, 89.4299, 89.3221, 88.7241, 87.4497, 87.2634, 89.4985, 87.9006, 89.1260, 90.7043,
        92.9001, 92.9784, 91.8021, 92.6647, 92.6843, 92.3021, 92.7725, 92.5373, 92.9490, 93.2039,
        91.0669, 89.8318, 89.7435, 90.3994, 90.7387, 88.0177, 88.0867, 88.8439, 90.7781, 90.5416,
        91.3894, 90.6500,
    ];

    private static readonly double[] ChartSchoolMiddle =
    [
        88.70794, 89.04516, 89.239745, 89.390705, 89.5078, 89.68866, 89.7465, 89.91314, 90.081255, 90.382195,
        90.65863, 90.863995, 90.88409, 90.90516, 90.988925, 91.153375, 91.19109, 91.1205, 91.167665, 91.25027,
        91.242135, 91.1666, 91.05018,
    ];

    private static readonly double[] ChartSchoolUpper =
    [
        91.291862, 91.949268, 92.612595, 92.9342, 93.31195, 93.72845, 93.899592, 94.266255, 94.565096, 94.786912,
        95.043001, 94.907605, 94.902912, 94.89532, 94.861013, 94.673629, 94.556593, 94.678752, 94.575786, 94.534271,
        94.532306, 94.369251, 94.148503,
    ];

    private static readonly double[] ChartSchoolLower =
    [
        86.124018, 86.141052, 85.866895, 85.84721, 85.70365, 85.64887, 85.593408, 85.560025, 85.597414, 85.977478,
        86.274259, 86.820385, 86.865268, 86.915, 87.116837, 87.633121, 87.825587, 87.562248, 87.759544, 87.966269,
        87.951964, 87.963949, 87.951857,
    ];

    [Fact]
    public void Reproduces_the_chartschool_table()
    {
        var results = BollingerBands.Calculate(TestBars.FromCloses(ChartSchoolCloses), period: 20, stdDev: 2);

        double?[] Published(double[] column) => [.. Enumerable.Repeat<double?>(null, 19), .. column.Select(v => (double?)v)];
        SeriesAssert.Close(Published(ChartSchoolMiddle), results.Select(r => r.Middle), 1e-6);
        SeriesAssert.Close(Published(ChartSchoolUpper), results.Select(r => r.Upper), 1e-6);
        SeriesAssert.Close(Published(ChartSchoolLower), results.Select(r => r.Lower), 1e-6);
    }

    [Fact]
    public void Worked_example_with_percent_b_and_width()
    {
        // By hand, period 8, stdDev 2. Window 2, 4, 4, 4, 5, 5, 7, 9: sum 40, sum of squares 232,
        // mean 5, population variance 232/8 − 5² = 29 − 25 = 4, sd 2; upper 5 + 2·2 = 9, lower 5 − 4 = 1;
        // %B = (9 − 1)/(9 − 1) = 1; width = (9 − 1)/5 = 1.6.
        // Next close 2: window 4, 4, 4, 5, 5, 7, 9, 2 has the same values, so the same bands; %B = (2 − 1)/8 = 0.125.
        var results = BollingerBands.Calculate(TestBars.FromCloses(2, 4, 4, 4, 5, 5, 7, 9, 2), period: 8, stdDev: 2);

        Assert.All(results.Take(7), r => Assert.Equal(new BollingerBandsResult(r.Timestamp, null, null, null, null, null), r));
        Assert.Equal((9.0, 5.0, 1.0, 1.0, 1.6), Values(results[7]));
        Assert.Equal((9.0, 5.0, 1.0, 0.125, 1.6), Values(results[8]));
    }

    [Fact]
    public void Flat_window_has_zero_width_and_percent_b_one_half()
    {
        // sum 30, sum of squares 300: variance 300/3 − 10² = 0, so upper = lower = middle = 10 and %B is 0.5 by definition.
        var results = BollingerBands.Calculate(TestBars.FromCloses(10, 10, 10), period: 3);

        Assert.Equal((10.0, 10.0, 10.0, 0.5, 0.0), Values(results[2]));
    }

    [Theory]
    [InlineData(20, 2.0)]
    [InlineData(7, 2.5)]
    [InlineData(1, 1.0)]
    public void Streaming_equals_batch_on_a_long_random_series(int period, double stdDev)
    {
        var bars = TestBars.Random(20_000, seed: 13);
        var batch = BollingerBands.Calculate(bars, period, stdDev);

        StreamingAssert.MatchesBatch(new BollingerBandsState(period, stdDev), bars,
            i => [batch[i].Upper, batch[i].Middle, batch[i].Lower, batch[i].PercentB, batch[i].Width]);
    }

    [Fact]
    public void Warm_up_and_insufficient_data()
    {
        var state = new BollingerBandsState();
        Assert.Equal(20, state.WarmupPeriod);
        var bars = TestBars.Random(20);
        for (var i = 0; i < 19; i++)
        {
            state.Add(bars[i]);
        }

        Assert.False(state.IsReady);
        Assert.All(Enumerable.Range(0, 5), o => Assert.True(double.IsNaN(state.GetOutput(o))));
        Assert.All(BollingerBands.Calculate(bars[..19]), r => Assert.Null(r.Middle));
        Assert.NotNull(BollingerBands.Calculate(bars)[19].Width);
    }

    [Fact]
    public void Reset_forgets_every_bar() =>
        StateAssert.ResetForgetsEveryBar(() => new BollingerBandsState(), TestBars.Random(60));

    [Fact]
    public void Add_allocates_nothing() => StateAssert.AddDoesNotAllocate(new BollingerBandsState());

    [Fact]
    public void Bad_parameters_are_rejected_by_name()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new BollingerBandsState(0)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => BollingerBands.Calculate([], 0)).ParamName);
        foreach (var stdDev in new[] { 0, -1, double.NaN, double.PositiveInfinity })
        {
            Assert.Equal("stdDev", Assert.Throws<ArgumentOutOfRangeException>(() => new BollingerBandsState(20, stdDev)).ParamName);
            Assert.Equal("stdDev", Assert.Throws<ArgumentOutOfRangeException>(() => BollingerBands.Calculate([], 20, stdDev)).ParamName);
        }
    }

    private static (double Upper, double Middle, double Lower, double PercentB, double Width) Values(BollingerBandsResult r) =>
        (r.Upper!.Value, r.Middle!.Value, r.Lower!.Value, r.PercentB!.Value, r.Width!.Value);
}
