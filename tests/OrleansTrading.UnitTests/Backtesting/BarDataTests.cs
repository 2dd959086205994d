using OrleansTrading.Grains.Backtesting;
using OrleansTrading.Grains.Backtesting.Artifacts;
using OrleansTrading.Grains.Backtesting.Data;
using OrleansTrading.Grains.Indicators;
using OrleansTrading.Grains.MarketData;

namespace OrleansTrading.UnitTests.Backtesting;

public sealed class BarDataTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bar-data").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("2024-01-03,10,9,8,9.5,100", "line 3", "high 9 is below max(open, close) = 10")]
    [InlineData("2024-01-03,10,11,10.5,10.2,100", "line 3", "low 10.5 is above min(open, close) = 10")]
    [InlineData("2024-01-03,0,11,0,10,100", "line 3", "prices must be greater than 0")]
    [InlineData("2024-01-03,10,11,9,10,-1", "line 3", "volume -1 is negative")]
    [InlineData("2024-01-02,10,11,9,10,100", "line 3", "ascending and unique")]
    public void Invalid_bars_are_refused_naming_file_and_line(string badRow, string line, string problem)
    {
        var path = Path.Combine(_directory, "spy.csv");
        File.WriteAllText(path, $"date,open,high,low,close,volume\n2024-01-02,10,11,9,10,100\n{badRow}\n");

        var error = Assert.Throws<BarCsvFormatException>(() => BarFileLoader.Load("SPY", path));

        Assert.StartsWith($"spy.csv {line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var error = Assert.Throws<BarCsvFormatException>(() => BarFileLoader.Load("SPY", Path.Combine(_directory, "nope.csv")));

        Assert.Contains("nope.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parquet_bars_round_trip_and_hash_like_the_csv()
    {
        var bars = SyntheticBarGenerator.Generate(300, intraday: true, seed: 4, new DateOnly(2024, 3, 8));
        var csv = Path.Combine(_directory, "x.csv");
        BarCsvWriter.WriteFile(csv, bars, intraday: true);
        var parquet = Path.Combine(_directory, "bars.parquet");
        await ParquetLedgerWriter.WriteBarsAsync(parquet, [new SymbolBars("XYZ", "x", bars), new SymbolBars("ABC", "a", bars[..10])]);

        var fromCsv = BarFileLoader.Load("XYZ", csv);
        var fromParquet = BarFileLoader.Load("XYZ", parquet);

        Assert.Equal(bars, fromCsv.Bars);
        Assert.Equal(bars, fromParquet.Bars);
        Assert.Equal(RunIdentity.DataHashOf([fromCsv]), RunIdentity.DataHashOf([fromParquet]));
    }

    [Fact]
    public void The_data_hash_is_sha256_over_each_symbol_name_count_and_raw_bar_bits_in_ordinal_order()
    {
        // 10,000 bars: more than one of the hasher's buffers, so a record split or dropped at a buffer edge would show.
        var spy = SyntheticBarGenerator.Generate(10_000, intraday: true, seed: 5, new DateOnly(2024, 3, 8));
        var abc = SyntheticBarGenerator.Generate(7, intraday: false, seed: 6, new DateOnly(2024, 3, 8));
        var expected = new List<byte>();
        foreach (var (symbol, bars) in new[] { ("ABC", abc), ("SPY", spy) })
        {
            expected.AddRange(System.Text.Encoding.UTF8.GetBytes(symbol + "\n"));
            expected.AddRange(BitConverter.GetBytes((long)bars.Length));
            foreach (var bar in bars)
            {
                expected.AddRange(BitConverter.GetBytes(bar.Timestamp.UtcTicks));
                foreach (var value in new[] { bar.Open, bar.High, bar.Low, bar.Close, bar.Volume })
                {
                    expected.AddRange(BitConverter.GetBytes(value));
                }
            }
        }

        var hash = RunIdentity.DataHashOf([new SymbolBars("SPY", "s", spy), new SymbolBars("ABC", "a", abc)]);

        Assert.True(BitConverter.IsLittleEndian);
        Assert.Equal("sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData([.. expected])), hash);
    }

    [Fact]
    public void Daily_gaps_are_missing_weekdays_not_weekends()
    {
        // Thu 4, Fri 5, Mon 8, Tue 9, (Wed 10 missing), Thu 11, Mon 15 (Fri 12 missing).
        var days = new[] { 4, 5, 8, 9, 11, 15 };
        var bars = days.Select(d => new Bar(new DateTimeOffset(2024, 1, d, 0, 0, 0, TimeSpan.Zero), 1, 1, 1, 1, 1)).ToArray();

        Assert.Equal(2, BarGaps.Count(bars, BarInterval.Infer(bars.Select(b => b.Timestamp).ToArray())));
    }

    [Fact]
    public void Intraday_gaps_are_missing_minutes_inside_a_session_not_overnight()
    {
        var bars = SyntheticBarGenerator.Generate(390 * 3, intraday: true, seed: 1, new DateOnly(2024, 3, 6)).ToList();
        bars.RemoveAt(500);
        bars.RemoveRange(100, 3);
        var array = bars.ToArray();

        Assert.Equal(2, BarGaps.Count(array, BarInterval.Infer(array.Select(b => b.Timestamp).ToArray())));
    }

    [Fact]
    public void Generated_bars_are_deterministic_and_valid()
    {
        var daily = SyntheticBarGenerator.Generate(2_000, intraday: false, seed: 42, new DateOnly(2020, 1, 2));
        var again = SyntheticBarGenerator.Generate(2_000, intraday: false, seed: 42, new DateOnly(2020, 1, 2));
        var other = SyntheticBarGenerator.Generate(2_000, intraday: false, seed: 43, new DateOnly(2020, 1, 2));

        Assert.Equal(daily, again);
        Assert.NotEqual(daily, other);
        Assert.All(daily, b => Assert.Null(BarValidator.Problem(b)));
        Assert.All(daily, b => Assert.NotEqual(DayOfWeek.Saturday, b.Timestamp.DayOfWeek));
        Assert.Equal(0, BarGaps.Count(daily, BarInterval.Infer(daily.Select(b => b.Timestamp).ToArray())));
        var minutes = SyntheticBarGenerator.Generate(800, intraday: true, seed: 42, new DateOnly(2024, 7, 1));
        // 09:30 New York in summer is 13:30 UTC; 390 bars a session, then the next weekday.
        Assert.Equal(new DateTimeOffset(2024, 7, 1, 13, 30, 0, TimeSpan.Zero), minutes[0].Timestamp);
        Assert.Equal(new DateTimeOffset(2024, 7, 2, 13, 30, 0, TimeSpan.Zero), minutes[390].Timestamp);
        Assert.All(minutes, b => Assert.Null(BarValidator.Problem(b)));
    }

    [Fact]
    public void Bar_intervals_are_inferred_from_the_median_spacing()
    {
        DateTimeOffset[] Every(TimeSpan step, int count) => Enumerable.Range(0, count).Select(i => DailyBars.Start + step * i).ToArray();

        Assert.Equal(252, BarInterval.Infer(Every(TimeSpan.FromDays(1), 10)).PeriodsPerYear);
        Assert.Equal(252 * 390, BarInterval.Infer(Every(TimeSpan.FromMinutes(1), 10)).PeriodsPerYear, 9);
        Assert.Equal(252 * 78, BarInterval.Infer(Every(TimeSpan.FromMinutes(5), 10)).PeriodsPerYear, 9);
        Assert.Equal(365.25 / 7, BarInterval.Infer(Every(TimeSpan.FromDays(7), 10)).PeriodsPerYear, 9);
        Assert.False(BarInterval.Infer(Every(TimeSpan.FromDays(1), 10)).IsIntraday);
        Assert.True(BarInterval.Infer(Every(TimeSpan.FromMinutes(1), 10)).IsIntraday);
    }
}
