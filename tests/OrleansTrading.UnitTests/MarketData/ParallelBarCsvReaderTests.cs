using System.Globalization;
using System.Text;
using OrleansTrading.Grains.Indicators;
using OrleansTrading.Grains.MarketData;

namespace OrleansTrading.UnitTests.MarketData;

/// <summary>
/// The chunked reader must be indistinguishable from the sequential one: same bars, or the same first error (message
/// and line). Chunks of a few dozen bytes put boundaries everywhere — between CR and LF, on blank lines, right before
/// a defect.
/// </summary>
public sealed class ParallelBarCsvReaderTests
{
    private const string Header = "date,open,high,low,close,volume";

    public static TheoryData<string, string> Defects => new()
    {
        { "none", "" },
        { "bad number", "close=abc" },
        { "bad date", "date=2024-13-45" },
        { "missing field", "truncate" },
        { "descending date", "date=2000-01-01" },
        { "repeated date", "repeat" },
        { "high under close", "high=0.5" },
        { "negative volume", "volume=-1" },
        { "descending and bad price", "date=2000-01-01;high=0.5" },
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public void Every_chunking_reads_what_the_sequential_reader_reads(string name, string defect)
    {
        for (var seed = 0; seed < 25; seed++)
        {
            var random = new Random(seed);
            var text = Csv(random, rows: 200, defect, defectRow: random.Next(1, 200), crlf: seed % 2 == 1, blankLines: seed % 3 == 0);
            var bytes = Encoding.UTF8.GetBytes(text);
            var expected = Outcome(() => BarCsvReader.ReadValidated(new StringReader(text), "bars.csv"));
            // 1 byte: one line per chunk; 37, 64: lines cut across; 1 MiB: a single chunk.
            foreach (var chunkBytes in new[] { 1, 37, 64, 500, 1 << 20 })
            {
                var actual = Outcome(() => ParallelBarCsvReader.ReadValidated(bytes, "bars.csv", chunkBytes, int.MaxValue));
                Assert.True(expected == actual, $"{name}, seed {seed}, chunks of {chunkBytes} bytes:\nsequential: {expected}\nchunked:    {actual}");
            }
        }
    }

    [Fact]
    public void A_defect_on_the_first_row_of_a_chunk_is_ranked_as_the_sequential_reader_ranks_it()
    {
        // Row 3 both goes back in time and has high < close: the sequential reader reports the time first. With one
        // row per chunk the chunk alone sees only the price problem; the boundary check must still win.
        var text = $"{Header}\n2024-01-02,1,1,1,1,1\n2024-01-03,1,1,1,1,1\n2024-01-01,1,0.5,1,1,1\n";

        var error = Assert.Throws<BarCsvFormatException>(() => ParallelBarCsvReader.ReadValidated(Encoding.UTF8.GetBytes(text), "bars.csv", 1, int.MaxValue));

        Assert.Equal(Outcome(() => BarCsvReader.ReadValidated(new StringReader(text), "bars.csv")), "error: " + error.Message);
        Assert.Contains("line 4", error.Message, StringComparison.Ordinal);
        Assert.Contains("ascending", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lone carriage returns", "\r")]
    [InlineData("utf-16 with a byte order mark", "utf16")]
    [InlineData("utf-8 byte order mark", "bom")]
    public void Files_it_does_not_cut_by_bytes_still_read_like_the_sequential_reader(string name, string shape)
    {
        var rows = $"2024-01-02,1,1,1,1,1{(shape == "\r" ? "\r" : "\n")}2024-01-03,2,2,2,2,2{(shape == "\r" ? "\r" : "\n")}";
        var text = Header + (shape == "\r" ? "\r" : "\n") + rows;
        var bytes = shape switch
        {
            "utf16" => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)],
            "bom" => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)],
            _ => Encoding.UTF8.GetBytes(text),
        };

        var bars = ParallelBarCsvReader.ReadValidated(bytes, "bars.csv", 8, int.MaxValue);

        Assert.True(bars.Length == 2, name);
        Assert.Equal([1.0, 2.0], bars.Select(b => b.Close));
    }

    [Fact]
    public void A_header_alone_gives_no_bars_and_an_empty_file_is_an_error()
    {
        Assert.Empty(ParallelBarCsvReader.ReadValidated(Encoding.UTF8.GetBytes(Header), "bars.csv", 1, int.MaxValue));
        Assert.Empty(ParallelBarCsvReader.ReadValidated(Encoding.UTF8.GetBytes(Header + "\n"), "bars.csv", 1, int.MaxValue));
        var error = Assert.Throws<BarCsvFormatException>(() => ParallelBarCsvReader.ReadValidated([], "bars.csv", 1, int.MaxValue));
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    private static string Outcome(Func<Bar[]> read)
    {
        try
        {
            var bars = read();
            return $"{bars.Length} bars, hash {string.Join(";", bars.Select(b => b.ToString())).GetHashCode(StringComparison.Ordinal)}";
        }
        catch (BarCsvFormatException e)
        {
            return "error: " + e.Message;
        }
    }

    /// <summary>A valid random walk of <paramref name="rows"/> daily bars with one defect applied at <paramref name="defectRow"/>.</summary>
    private static string Csv(Random random, int rows, string defect, int defectRow, bool crlf, bool blankLines)
    {
        var newline = crlf ? "\r\n" : "\n";
        var text = new StringBuilder(Header).Append(newline);
        var close = 100.0;
        var day = new DateTime(2024, 1, 2);
        for (var row = 0; row < rows; row++)
        {
            var open = Math.Round(close * (1 + (random.NextDouble() - 0.5) / 50), 2);
            close = Math.Round(open * (1 + (random.NextDouble() - 0.5) / 50), 2);
            var fields = new Dictionary<string, string>
            {
                ["date"] = day.AddDays(row).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["open"] = open.ToString(CultureInfo.InvariantCulture),
                ["high"] = (Math.Max(open, close) + 0.5).ToString(CultureInfo.InvariantCulture),
                ["low"] = (Math.Min(open, close) - 0.5).ToString(CultureInfo.InvariantCulture),
                ["close"] = close.ToString(CultureInfo.InvariantCulture),
                ["volume"] = random.Next(1_000, 100_000).ToString(CultureInfo.InvariantCulture),
            };
            var truncate = false;
            if (row == defectRow)
            {
                foreach (var change in defect.Split(';', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (change == "truncate")
                    {
                        truncate = true;
                    }
                    else if (change == "repeat")
                    {
                        fields["date"] = day.AddDays(row - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    }
                    else
                    {
                        var (key, value) = (change.Split('=')[0], change.Split('=')[1]);
                        fields[key] = value;
                    }
                }
            }
            var line = string.Join(',', fields["date"], fields["open"], fields["high"], fields["low"], fields["close"], fields["volume"]);
            text.Append(truncate ? line[..line.LastIndexOf(',')] : line).Append(newline);
            if (blankLines && row % 17 == 0)
            {
                text.Append(row % 2 == 0 ? "" : "   ").Append(newline);
            }
        }
        return text.ToString();
    }
}
