using OrleansTrading.Grains.MarketData;

namespace OrleansTrading.UnitTests.MarketData;

public sealed class BarCsvReaderTests
{
    private static List<BarCsvRow> Read(string text) => BarCsvReader.Read(new StringReader(text), "bars.csv");

    [Fact]
    public void Columns_in_any_order_and_case_with_a_bom()
    {
        var rows = Read("\uFEFFVolume,Close,DATE,low,High,open,extra\n1000,10.5,2024-01-02,9.5,11,10,x\n2000,11,2024-01-03T00:00:00Z,10,11.5,10.5,y\n");

        Assert.Equal(2, rows.Count);
        Assert.Equal("2024-01-02", rows[0].DateText);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero), rows[0].Bar.Timestamp);
        Assert.Equal((10.0, 11.0, 9.5, 10.5, 1000.0), (rows[0].Bar.Open, rows[0].Bar.High, rows[0].Bar.Low, rows[0].Bar.Close, rows[0].Bar.Volume));
    }

    [Fact]
    public void Dates_with_offsets_are_converted_to_utc()
    {
        var rows = Read("date,open,high,low,close,volume\n2024-01-02T09:30:00-05:00,1,1,1,1,1\n");

        Assert.Equal(new DateTimeOffset(2024, 1, 2, 14, 30, 0, TimeSpan.Zero), rows[0].Bar.Timestamp);
    }

    [Theory]
    [InlineData("date,open,high,low,close,volume\n2024-01-02,1,1,1,abc,1\n", "line 2", "close")]
    [InlineData("date,open,high,low,close,volume\n2024-01-02,1,1,1,1,1\n2024-01-03,1,1\n", "line 3", "missing")]
    [InlineData("date,open,high,low,close,volume\nnot-a-date,1,1,1,1,1\n", "line 2", "date")]
    [InlineData("date,open,high,low,close,volume\n2024-01-03,1,1,1,1,1\n2024-01-02,1,1,1,1,1\n", "line 3", "ascending")]
    [InlineData("date,open,high,low,close\n2024-01-02,1,1,1,1\n", "line 1", "volume")]
    [InlineData("", "empty", "header")]
    public void Malformed_input_names_the_line(string text, string where, string what)
    {
        var error = Assert.Throws<BarCsvFormatException>(() => Read(text));

        Assert.Contains("bars.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains(where, error.Message, StringComparison.Ordinal);
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
    }
}
