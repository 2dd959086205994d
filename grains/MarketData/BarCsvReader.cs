using System.Globalization;
using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.Grains.MarketData;

/// <summary>
/// Reads OHLCV bars from CSV: a header naming <c>date,open,high,low,close,volume</c> in any order and case (extra
/// columns ignored, UTF-8 BOM tolerated), then one bar per line in ascending time. Dates are ISO 8601 dates or
/// date-times; without an offset they are UTC. A malformed row fails with its line number, never silently skipped.
/// Fields are sliced as spans and plain ISO dates parsed by hand, so a million-row file reads in well under a second.
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
        var rows = new List<BarCsvRow>();
        ReadCore(reader, sourceName, validatePrices: false, rows, bars: null);
        return rows;
    }

    /// <summary>
    /// Reads and fully validates (<see cref="BarValidator"/>: prices &gt; 0, high/low enclosing open and close,
    /// volume ≥ 0, ascending unique dates), as backtests need; errors name the file and line.
    /// </summary>
    public static Bar[] ReadValidatedFile(string path) => ParallelBarCsvReader.ReadValidatedFile(path);

    /// <inheritdoc cref="ReadValidatedFile"/>
    public static Bar[] ReadValidated(TextReader reader, string sourceName)
    {
        var bars = new List<Bar>();
        ReadCore(reader, sourceName, validatePrices: true, rows: null, bars);
        return bars.ToArray();
    }

    private static void ReadCore(TextReader reader, string sourceName, bool validatePrices, List<BarCsvRow>? rows, List<Bar>? bars)
    {
        var header = reader.ReadLine() ?? throw new BarCsvFormatException($"{sourceName}: the file is empty (expected a header line).");
        var columns = ParseHeader(header, sourceName);
        Span<Range> fields = stackalloc Range[FieldSlots(columns)];
        var lineNumber = 1;
        var previous = DateTimeOffset.MinValue;
        while (reader.ReadLine() is { } text)
        {
            lineNumber++;
            var line = text.AsSpan();
            if (IsBlank(line))
            {
                continue;
            }
            var bar = ParseRow(line, columns, fields, sourceName, lineNumber, out var dateText);
            if (bar.Timestamp <= previous)
            {
                throw NotAscending(sourceName, lineNumber, dateText, validatePrices);
            }
            if (validatePrices && BarValidator.Problem(bar) is { } problem)
            {
                throw InvalidBar(sourceName, lineNumber, problem);
            }
            previous = bar.Timestamp;
            rows?.Add(new BarCsvRow(dateText.ToString(), bar));
            bars?.Add(bar);
        }
    }

    /// <summary>The column index of each required field (date, open, high, low, close, volume) from the header line.</summary>
    internal static int[] ParseHeader(string header, string sourceName)
    {
        var names = header.TrimStart('\uFEFF').Split(',').Select(n => n.Trim().Trim('"').ToLowerInvariant()).ToArray();
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

    /// <summary>How many field ranges a row needs to be split into (one more than the last required column).</summary>
    internal static int FieldSlots(int[] columns) => columns.Max() + 2;

    internal static bool IsBlank(ReadOnlySpan<char> line) => line.IsEmpty || line.IsWhiteSpace();

    /// <summary>One data row as a bar; a missing or malformed field fails naming the line.</summary>
    internal static Bar ParseRow(ReadOnlySpan<char> line, int[] columns, Span<Range> fields, string sourceName, int lineNumber, out ReadOnlySpan<char> dateText)
    {
        var needed = fields.Length - 1;
        var count = line.Split(fields, ',');
        if (count < needed)
        {
            var missing = Array.FindIndex(columns, c => c >= count);
            throw new BarCsvFormatException($"{sourceName} line {lineNumber}: missing the '{Required[missing]}' field (found {count} fields).");
        }
        dateText = Field(line, fields[columns[0]]);
        return new Bar(ParseDate(dateText, sourceName, lineNumber),
            Number(line, fields[columns[1]], "open", sourceName, lineNumber),
            Number(line, fields[columns[2]], "high", sourceName, lineNumber),
            Number(line, fields[columns[3]], "low", sourceName, lineNumber),
            Number(line, fields[columns[4]], "close", sourceName, lineNumber),
            Number(line, fields[columns[5]], "volume", sourceName, lineNumber));
    }

    internal static BarCsvFormatException NotAscending(string sourceName, int lineNumber, ReadOnlySpan<char> dateText, bool validatePrices) =>
        new(validatePrices
            ? $"{sourceName} line {lineNumber}: date {dateText} is not after the previous bar's (timestamps must be ascending and unique)."
            : $"{sourceName} line {lineNumber}: date {dateText} is not after the previous bar's (bars must be in ascending time).");

    internal static BarCsvFormatException InvalidBar(string sourceName, int lineNumber, string problem) => new($"{sourceName} line {lineNumber}: {problem}.");

    private static ReadOnlySpan<char> Field(ReadOnlySpan<char> line, Range range) => line[range].Trim().Trim('"');

    private static double Number(ReadOnlySpan<char> line, Range range, string name, string sourceName, int lineNumber)
    {
        var text = Field(line, range);
        return TryParsePlainDecimal(text, out var value)
            || (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
            ? value
            : throw new BarCsvFormatException($"{sourceName} line {lineNumber}: '{text}' is not a valid {name}.");
    }

    private static readonly double[] PowersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>
    /// Clinger's fast path for the usual price shape (<c>123.45</c>, at most 15 digits): the digits as an integer are
    /// exact in a double and so is the power of ten, so one division is correctly rounded — the same double
    /// <see cref="double.Parse(string)"/> returns, several times faster. Anything else goes to the general parser.
    /// </summary>
    private static bool TryParsePlainDecimal(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var negative = text.Length > 0 && text[0] == '-';
        var i = negative ? 1 : 0;
        long mantissa = 0;
        int digits = 0, decimals = -1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9')
            {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (decimals >= 0)
                {
                    decimals++;
                }
            }
            else if (c == '.' && decimals < 0)
            {
                decimals = 0;
            }
            else
            {
                return false;
            }
        }
        if (digits is 0 or > 15 || decimals == 0)
        {
            return false;
        }
        value = mantissa / PowersOfTen[Math.Max(decimals, 0)];
        if (negative)
        {
            value = -value;
        }
        return true;
    }

    private static DateTimeOffset ParseDate(ReadOnlySpan<char> text, string sourceName, int lineNumber)
    {
        if (TryParsePlainIso(text, out var timestamp)
            || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out timestamp))
        {
            return timestamp;
        }
        throw new BarCsvFormatException($"{sourceName} line {lineNumber}: '{text}' is not a valid date (use ISO 8601, e.g. 2024-01-02 or 2024-01-02T14:30:00Z).");
    }

    /// <summary>
    /// The common shapes — <c>yyyy-MM-dd</c> and <c>yyyy-MM-ddTHH:mm:ss</c> with an optional <c>Z</c> (or a space for
    /// the T) — as UTC, exactly as the general parser reads them; anything else goes to the general parser.
    /// </summary>
    private static bool TryParsePlainIso(ReadOnlySpan<char> s, out DateTimeOffset value)
    {
        value = default;
        if (s.Length != 10 && s.Length != 19 && !(s.Length == 20 && s[19] == 'Z'))
        {
            return false;
        }
        if (s[4] != '-' || s[7] != '-' || !TryDigits(s[..4], out var year) || !TryDigits(s.Slice(5, 2), out var month) || !TryDigits(s.Slice(8, 2), out var day))
        {
            return false;
        }
        int hour = 0, minute = 0, second = 0;
        if (s.Length > 10 && ((s[10] != 'T' && s[10] != ' ') || s[13] != ':' || s[16] != ':'
            || !TryDigits(s.Slice(11, 2), out hour) || !TryDigits(s.Slice(14, 2), out minute) || !TryDigits(s.Slice(17, 2), out second)))
        {
            return false;
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        value = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return true;
    }

}
