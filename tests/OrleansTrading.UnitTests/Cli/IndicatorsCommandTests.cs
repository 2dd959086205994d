using System.Globalization;
using OrleansTrading.Grains.Indicators;
using OrleansTrading.UnitTests.Indicators;

namespace OrleansTrading.UnitTests.Cli;

public sealed class IndicatorsCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("indicators-cli").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteBars(Bar[] bars, string header = "date,open,high,low,close,volume")
    {
        var path = Path.Combine(_directory, $"{Guid.NewGuid():N}.csv");
        var lines = bars.Select(b => string.Create(CultureInfo.InvariantCulture,
            $"{b.Timestamp:yyyy-MM-ddTHH:mm:ssZ},{b.Open:R},{b.High:R},{b.Low:R},{b.Close:R},{b.Volume:R}"));
        File.WriteAllLines(path, lines.Prepend(header));
        return path;
    }

    private static string[][] Cells(string csv) => csv.TrimEnd('\n').Split('\n').Select(l => l.Split(',')).ToArray();

    private static string Format(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    [Fact]
    public void Prints_date_then_one_column_per_output_matching_the_batch_definitions()
    {
        var bars = TestBars.Random(300, seed: 3);
        var path = WriteBars(bars);

        var run = CliRun.Invoke("indicators", "--data", path, "--indicator", "RSI:period=14", "--indicator", "MACD:fast=12,slow=26,signal=9", "--indicator", "SMA:period=5");

        Assert.Equal(0, run.ExitCode);
        var cells = Cells(run.Output);
        Assert.Equal(["date", "rsi", "macd", "macd_signal", "macd_histogram", "sma"], cells[0]);
        Assert.Equal(bars.Length + 1, cells.Length);
        var rsi = Rsi.Calculate(bars, 14);
        var macd = Macd.Calculate(bars, 12, 26, 9);
        var sma = Sma.Calculate(bars, 5);
        for (var i = 0; i < bars.Length; i++)
        {
            Assert.Equal(bars[i].Timestamp.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), cells[i + 1][0]);
            Assert.Equal(Format(rsi[i].Rsi), cells[i + 1][1]);
            Assert.Equal(Format(macd[i].Macd), cells[i + 1][2]);
            Assert.Equal(Format(macd[i].Signal), cells[i + 1][3]);
            Assert.Equal(Format(macd[i].Histogram), cells[i + 1][4]);
            Assert.Equal(Format(sma[i].Sma), cells[i + 1][5]);
        }
        // Not-ready cells are empty, and round-trip formatting reproduces the exact doubles.
        Assert.Equal("", cells[1][1]);
        Assert.Equal(rsi[^1].Rsi, double.Parse(cells[^1][1], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Names_are_matched_loosely_and_defaults_apply()
    {
        var path = WriteBars(TestBars.Random(60));

        var run = CliRun.Invoke("indicators", "--data", path, "--indicator", "bollingerbands", "--indicator", "stochastic:KPERIOD=5");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["date", "bb_upper", "bb_middle", "bb_lower", "bb_percent_b", "bb_width", "stoch_k", "stoch_d"], Cells(run.Output)[0]);
    }

    [Fact]
    public void A_malformed_row_fails_naming_the_line()
    {
        var path = Path.Combine(_directory, "bad.csv");
        File.WriteAllText(path, "date,open,high,low,close,volume\n2024-01-02,1,1,1,1,1\n2024-01-03,1,1,oops,1,1\n");

        var run = CliRun.Invoke("indicators", "--data", path, "--indicator", "SMA:period=2");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("line 3", run.Error, StringComparison.Ordinal);
        Assert.Contains("low", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ichimoku", "Unknown indicator")]
    [InlineData("RSI:period=1", "period")]
    [InlineData("RSI:length=14", "no parameter 'length'")]
    [InlineData("MACD:fast=30", "less than slow")]
    [InlineData("SMA:period", "name=number")]
    public void Bad_indicator_specifications_fail_clearly(string specification, string message)
    {
        var path = WriteBars(TestBars.Random(10));

        var run = CliRun.Invoke("indicators", "--data", path, "--indicator", specification);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void One_indicator_per_kind_per_call()
    {
        var path = WriteBars(TestBars.Random(10));

        var run = CliRun.Invoke("indicators", "--data", path, "--indicator", "SMA:period=2", "--indicator", "sma:period=3");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("more than once", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_fails()
    {
        var run = CliRun.Invoke("indicators", "--data", Path.Combine(_directory, "none.csv"), "--indicator", "SMA");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not found", run.Error, StringComparison.Ordinal);
    }
}
