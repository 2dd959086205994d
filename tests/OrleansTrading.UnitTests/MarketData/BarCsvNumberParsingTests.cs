using System.Globalization;
using OrleansTrading.Grains.MarketData;

namespace OrleansTrading.UnitTests.MarketData;

/// <summary>The reader's fast number path must give exactly the doubles <see cref="double.Parse(string)"/> gives.</summary>
public sealed class BarCsvNumberParsingTests
{
    [Fact]
    public void Fast_path_numbers_equal_the_general_parser_bit_for_bit()
    {
        var random = new Random(17);
        var texts = new List<string> { "0", "0.1", "0.3", ".5", "5.", "-0.0", "123456789012345", "1234567890123456", "99.99", "1e3", "1E-2", "+4.5" };
        for (var i = 0; i < 20_000; i++)
        {
            var decimals = random.Next(0, 9);
            var integer = random.NextInt64(0, 10_000_000);
            var fraction = random.NextInt64(0, (long)Math.Pow(10, decimals));
            texts.Add(decimals == 0 ? integer.ToString(CultureInfo.InvariantCulture)
                : $"{integer.ToString(CultureInfo.InvariantCulture)}.{fraction.ToString(CultureInfo.InvariantCulture).PadLeft(decimals, '0')}");
        }
        var csv = "date,open,high,low,close,volume\n" + string.Join('\n', texts.Select((t, i) =>
            $"{new DateTime(2000, 1, 1).AddMinutes(i):yyyy-MM-ddTHH:mm:ss}Z,{t},{t},{t},{t},{t}"));

        var rows = BarCsvReader.Read(new StringReader(csv), "numbers.csv");

        for (var i = 0; i < texts.Count; i++)
        {
            var expected = double.Parse(texts[i], NumberStyles.Float, CultureInfo.InvariantCulture);
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(rows[i].Bar.Close));
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(rows[i].Bar.Volume));
        }
    }
}
