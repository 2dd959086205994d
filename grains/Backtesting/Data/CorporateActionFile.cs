using System.Globalization;

namespace OrleansTrading.Grains.Backtesting.Data;

/// <summary>
/// Reads corporate actions CSV: a header with <c>date</c>, <c>split_ratio</c>, <c>cash_dividend</c> and optionally
/// <c>symbol</c> (any order and case); empty cells mean no split (1) or no dividend (0). Errors name file and line.
/// </summary>
public static class CorporateActionFile
{
    public static IReadOnlyList<CorporateAction> Read(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new BacktestInputException($"Corporate actions file not found: {path}");
        }
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Read(reader, name);
    }

    public static IReadOnlyList<CorporateAction> Read(TextReader reader, string name)
    {
        var header = (reader.ReadLine() ?? throw new BacktestInputException($"{name}: the file is empty (expected a header line)."))
            .TrimStart('\uFEFF').Split(',').Select(h => h.Trim().Trim('"').ToLowerInvariant()).ToArray();
        int Column(string column, bool required)
        {
            var index = Array.IndexOf(header, column);
            return index >= 0 || !required ? index : throw new BacktestInputException($"{name} line 1: the header lacks a '{column}' column (needs date,split_ratio,cash_dividend[,symbol]).");
        }
        int date = Column("date", true), split = Column("split_ratio", true), dividend = Column("cash_dividend", true), symbol = Column("symbol", false);
        var actions = new List<CorporateAction>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var fields = line.Split(',').Select(f => f.Trim().Trim('"')).ToArray();
            string Field(int index) => index < fields.Length ? fields[index] : "";
            if (!DateOnly.TryParseExact(Field(date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var exDate))
            {
                throw new BacktestInputException($"{name} line {lineNumber}: '{Field(date)}' is not a date (yyyy-MM-dd).");
            }
            var ratio = Number(Field(split), 1, "split_ratio", name, lineNumber);
            var cash = Number(Field(dividend), 0, "cash_dividend", name, lineNumber);
            if (ratio <= 0)
            {
                throw new BacktestInputException($"{name} line {lineNumber}: split_ratio must be greater than 0.");
            }
            if (cash < 0)
            {
                throw new BacktestInputException($"{name} line {lineNumber}: cash_dividend must not be negative.");
            }
            var ticker = symbol >= 0 && Field(symbol).Length > 0 ? Field(symbol).ToUpperInvariant() : null;
            actions.Add(new CorporateAction(exDate, ticker, ratio, cash));
        }
        return actions;
    }

    private static double Number(string text, double empty, string field, string name, int lineNumber) =>
        text.Length == 0 ? empty
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value
        : throw new BacktestInputException($"{name} line {lineNumber}: '{text}' is not a valid {field}.");
}
