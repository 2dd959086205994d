using System.Globalization;
using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.Grains.MarketData;

/// <summary>
/// Reads OHLCV bars from CSV: a header naming <c>date,open,high,low,close,volume</c> in any order and case (extra
/// columns ignored, UTF-8 BOM tolerated), then one bar per line in ascending time. Dates are ISO 8601 dates or
/// date-times; without an offset they are UTC. A malformed row fails with its line number, never silently skipped.
/// </summary>
public static class BarCsvReader
{
    private static readonly string[] Required = ["date", "open", "high", "low", "close", "volume"];

    public static List<BarCsvRow> ReadFile(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Read(reader, Path.GetFileName(path));
    }

    public static List<BarCsvRow> Read(TextReader reader, string sourceName)
    {
        var header = reader.ReadLine() ?? throw new BarCsvFormatException($"{sourceName}: the file is empty (expected a header line).");
        var columns = ParseHeader(header.TrimStart('\uFEFF'), sourceName);
        var rows = new List<BarCsvRow>();
        var lineNumber = 1;
        var previous = DateTimeOffset.MinValue;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.AsSpan().IsWhiteSpace())
            {
                continue;
            }
            var row = ParseRow(line, columns, sourceName, lineNumber);
            if (row.Bar.Timestamp <= previous)
            {
                throw new BarCsvFormatException($"{sourceName} line {lineNumber}: date {row.DateText} is not after the previous bar's (bars must be in ascending time).");
            }
            previous = row.Bar.Timestamp;
            rows.Add(row);
        }
        return rows;
    }

    private static int[] ParseHeader(string header, string sourceName)
    {
        var names = header.Split(',').Select(n => n.Trim().Trim('"').ToLowerInvariant()).ToArray();
        var indexes = new int[Required.Length];
        for (var i = 0; i < Required.Length; i++)
        {
            indexes[i] = Array.IndexOf(names, Required[i]);
            if (indexes[i] < 0)
            {
                throw new BarCsvFormatException($"{sourceName} line 1: the header lacks a '{Required[i]}' column (needs date,open,high,low,close,volume in any order).");
            }
        }
        return indexes;
    }

    private static BarCsvRow ParseRow(string line, int[] columns, string sourceName, int lineNumber)
    {
        var fields = line.Split(',');
        string Field(int column, string name) =>
            columns[column] < fields.Length
                ? fields[columns[column]].Trim().Trim('"')
                : throw new BarCsvFormatException($"{sourceName} line {lineNumber}: missing the '{name}' field (found {fields.Length} fields).");
        double Number(int column, string name)
        {
            var text = Field(column, name);
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
                ? value
                : throw new BarCsvFormatException($"{sourceName} line {lineNumber}: '{text}' is not a valid {name}.");
        }

        var dateText = Field(0, "date");
        if (!DateTimeOffset.TryParse(dateText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var timestamp))
        {
            throw new BarCsvFormatException($"{sourceName} line {lineNumber}: '{dateText}' is not a valid date (use ISO 8601, e.g. 2024-01-02 or 2024-01-02T14:30:00Z).");
        }
        var bar = new Bar(timestamp, Number(1, "open"), Number(2, "high"), Number(3, "low"), Number(4, "close"), Number(5, "volume"));
        return new BarCsvRow(dateText, bar);
    }
}
