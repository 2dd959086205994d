using OrleansTrading.Grains.Indicators;
using Parquet;
using Parquet.Schema;

namespace OrleansTrading.Grains.MarketData;

/// <summary>
/// Reads bars from Parquet: columns <c>timestamp</c> (or <c>date</c>; a UTC timestamp), <c>open</c>, <c>high</c>,
/// <c>low</c>, <c>close</c>, <c>volume</c> as doubles — the layout of a backtest's <c>bars.parquet</c>. With a
/// <c>symbol</c> column, only the requested symbol's rows are read. Validated like CSV; errors name the file and row.
/// </summary>
public static class BarParquetReader
{
    public static Bar[] ReadValidatedFile(string path, string? symbol = null) => ReadValidatedFileAsync(path, symbol).GetAwaiter().GetResult();

    public static async Task<Bar[]> ReadValidatedFileAsync(string path, string? symbol = null)
    {
        var name = Path.GetFileName(path);
        await using var reader = await ParquetReader.CreateAsync(path);
        var fields = reader.Schema.GetDataFields();
        DataField Find(params string[] names) =>
            fields.FirstOrDefault(f => names.Contains(f.Name, StringComparer.OrdinalIgnoreCase))
            ?? throw new BarCsvFormatException($"{name}: no '{names[0]}' column (needs timestamp,open,high,low,close,volume).");
        var time = Find("timestamp", "date");
        var prices = new[] { Find("open"), Find("high"), Find("low"), Find("close"), Find("volume") };
        var symbolField = fields.FirstOrDefault(f => string.Equals(f.Name, "symbol", StringComparison.OrdinalIgnoreCase));
        var bars = new List<Bar>();
        var previous = DateTimeOffset.MinValue;
        long rowBase = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = (int)group.RowCount;
            var times = new DateTime[count];
            await group.ReadAsync<DateTime>(time, times);
            var values = new double[5][];
            for (var c = 0; c < 5; c++)
            {
                values[c] = new double[count];
                await group.ReadAsync<double>(prices[c], values[c]);
            }
            string[]? symbols = null;
            if (symbolField is not null && symbol is not null)
            {
                symbols = new string[count];
                await group.ReadAsync(symbolField, symbols);
            }
            for (var i = 0; i < count; i++)
            {
                var row = rowBase + i + 1;
                if (symbols is not null && !string.Equals(symbols[i], symbol, StringComparison.Ordinal))
                {
                    continue;
                }
                var timestamp = new DateTimeOffset(DateTime.SpecifyKind(times[i], DateTimeKind.Utc));
                var bar = new Bar(timestamp, values[0][i], values[1][i], values[2][i], values[3][i], values[4][i]);
                if (timestamp <= previous)
                {
                    throw new BarCsvFormatException($"{name} row {row}: timestamp {timestamp:O} is not after the previous bar's (timestamps must be ascending and unique).");
                }
                if (BarValidator.Problem(bar) is { } problem)
                {
                    throw new BarCsvFormatException($"{name} row {row}: {problem}.");
                }
                previous = timestamp;
                bars.Add(bar);
            }
            rowBase += count;
        }
        return bars.ToArray();
    }
}
