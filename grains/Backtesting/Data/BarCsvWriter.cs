using System.Globalization;
using System.Text;
using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.Grains.Backtesting.Data;

/// <summary>Writes bars as <c>date,open,high,low,close,volume</c> CSV (what the readers take): dates only for daily bars, UTC date-times otherwise.</summary>
public static class BarCsvWriter
{
    public static void Write(TextWriter writer, ReadOnlySpan<Bar> bars, bool intraday)
    {
        writer.Write("date,open,high,low,close,volume\n");
        var format = intraday ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd";
        Span<char> buffer = stackalloc char[160];
        foreach (var bar in bars)
        {
            var written = 0;
            Append(bar.Timestamp.UtcDateTime.TryFormat(buffer, out var n, format, CultureInfo.InvariantCulture), n, ref written);
            foreach (var value in (ReadOnlySpan<double>)[bar.Open, bar.High, bar.Low, bar.Close, bar.Volume])
            {
                buffer[written++] = ',';
                Append(value.TryFormat(buffer[written..], out n, "R", CultureInfo.InvariantCulture), n, ref written);
            }
            buffer[written++] = '\n';
            writer.Write(buffer[..written]);
        }
        writer.Flush();
    }

    public static void WriteFile(string path, ReadOnlySpan<Bar> bars, bool intraday)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        Write(writer, bars, intraday);
    }

    private static void Append(bool ok, int count, ref int written)
    {
        if (!ok)
        {
            throw new InvalidOperationException("A bar field did not fit its buffer.");
        }
        written += count;
    }
}
