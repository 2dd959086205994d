using OrleansTrading.Grains.MarketData;

namespace OrleansTrading.Grains.Backtesting.Data;

/// <summary>Loads one symbol's bars for a backtest from CSV (or Parquet, by extension), validated; errors name the file and line (row).</summary>
public static class BarFileLoader
{
    public static SymbolBars Load(string symbol, string path)
    {
        if (!File.Exists(path))
        {
            throw new BarCsvFormatException($"Bar file not found: {path}");
        }
        var bars = path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase)
            ? BarParquetReader.ReadValidatedFile(path, symbol)
            : BarCsvReader.ReadValidatedFile(path);
        if (bars.Length == 0)
        {
            throw new BarCsvFormatException($"{Path.GetFileName(path)}: no bars after the header.");
        }
        return new SymbolBars(symbol, Path.GetFileName(path), bars);
    }
}
