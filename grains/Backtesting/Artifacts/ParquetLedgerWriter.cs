using OrleansTrading.Grains.Execution;
using Parquet;
using Parquet.Schema;

namespace OrleansTrading.Grains.Backtesting.Artifacts;

/// <summary>
/// The Parquet ledgers: <c>bars</c>, <c>orders</c>, <c>fills</c>, <c>equity</c>. One row group each, columns written
/// in schema order with fixed options (Snappy) and no wall-clock metadata, so the same run writes the same bytes.
/// Timestamps are UTC microseconds; money is decimal(38, 18), bar prices double as in the engine.
/// </summary>
public static class ParquetLedgerWriter
{
    private static readonly ParquetOptions Options = new() { CompressionMethod = CompressionMethod.Snappy };

    private static DateTimeDataField TimeField(string name) => new(name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Micros);

    public static async Task WriteBarsAsync(string path, IReadOnlyList<SymbolBars> data, CancellationToken cancellationToken = default)
    {
        var symbol = new DataField<string>("symbol");
        var timestamp = TimeField("timestamp");
        var open = new DataField<double>("open");
        var high = new DataField<double>("high");
        var low = new DataField<double>("low");
        var close = new DataField<double>("close");
        var volume = new DataField<double>("volume");
        var rows = data.Sum(d => d.Bars.Length);
        var symbols = new string[rows];
        var times = new DateTime[rows];
        var columns = new double[5][];
        for (var c = 0; c < columns.Length; c++)
        {
            columns[c] = new double[rows];
        }
        var row = 0;
        foreach (var series in data.OrderBy(d => d.Symbol, StringComparer.Ordinal))
        {
            foreach (var bar in series.Bars)
            {
                symbols[row] = series.Symbol;
                times[row] = bar.Timestamp.UtcDateTime;
                columns[0][row] = bar.Open;
                columns[1][row] = bar.High;
                columns[2][row] = bar.Low;
                columns[3][row] = bar.Close;
                columns[4][row] = bar.Volume;
                row++;
            }
        }
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(symbol, timestamp, open, high, low, close, volume), stream, Options, cancellationToken: cancellationToken);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync(symbol, symbols);
        await group.WriteAsync<DateTime>(timestamp, times, cancellationToken: cancellationToken);
        await group.WriteAsync<double>(open, columns[0], cancellationToken: cancellationToken);
        await group.WriteAsync<double>(high, columns[1], cancellationToken: cancellationToken);
        await group.WriteAsync<double>(low, columns[2], cancellationToken: cancellationToken);
        await group.WriteAsync<double>(close, columns[3], cancellationToken: cancellationToken);
        await group.WriteAsync<double>(volume, columns[4], cancellationToken: cancellationToken);
    }

    public static async Task WriteOrdersAsync(string path, IReadOnlyList<BacktestOrder> ledger, CancellationToken cancellationToken = default)
    {
        // Built once: a run's ledgers are views that build each row when read, and every column reads them all.
        var orders = ledger.ToArray();
        var id = new DataField<string>("client_order_id");
        var symbol = new DataField<string>("symbol");
        var createdAt = TimeField("created_at");
        var side = new DataField<string>("side");
        var type = new DataField<string>("type");
        var quantity = new DataField<int>("quantity");
        var stop = new DataField<decimal?>("stop_price");
        var limit = new DataField<decimal?>("limit_price");
        var reason = new DataField<string>("reason");
        var status = new DataField<string>("status");
        var filled = new DataField<int>("filled_quantity");
        var reject = new DataField<string>("reject_reason");
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(id, symbol, createdAt, side, type, quantity, stop, limit, reason, status, filled, reject),
            stream, Options, cancellationToken: cancellationToken);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync(id, orders.Select(o => o.ClientOrderId).ToArray());
        await group.WriteAsync(symbol, orders.Select(o => o.Symbol).ToArray());
        await group.WriteAsync<DateTime>(createdAt, orders.Select(o => o.CreatedAt.UtcDateTime).ToArray(), cancellationToken: cancellationToken);
        await group.WriteAsync(side, orders.Select(o => ArtifactText.Side(o.Side)).ToArray());
        await group.WriteAsync(type, orders.Select(o => ArtifactText.Snake(o.Type)).ToArray());
        await group.WriteAsync<int>(quantity, orders.Select(o => o.Quantity).ToArray(), cancellationToken: cancellationToken);
        await group.WriteAsync<decimal>(stop, orders.Select(o => o.StopPrice is { } p ? ArtifactText.Normalize(p) : (decimal?)null).ToArray(), cancellationToken: cancellationToken);
        await group.WriteAsync<decimal>(limit, orders.Select(o => o.LimitPrice is { } p ? ArtifactText.Normalize(p) : (decimal?)null).ToArray(), cancellationToken: cancellationToken);
        await group.WriteAsync(reason, orders.Select(o => o.ExitReason is { } r ? ArtifactText.Snake(r) : o.Side == OrderSide.Buy ? "entry" : "signal").ToArray());
        await group.WriteAsync(status, orders.Select(o => o.Status == BacktestOrderStatus.Filled ? "filled" : "rejected").ToArray());
        await group.WriteAsync<int>(filled, orders.Select(o => o.FilledQuantity).ToArray(), cancellationToken: cancellationToken);
        await group.WriteAsync(reject, orders.Select(o => o.RejectReason ?? "").ToArray());
    }

    public static async Task WriteFillsAsync(string path, IReadOnlyList<BacktestFill> ledger, CancellationToken cancellationToken = default)
    {
        var fills = ledger.ToArray();
        var id = new DataField<string>("client_order_id");
        var symbol = new DataField<string>("symbol");
        var timestamp = TimeField("timestamp");
        var side = new DataField<string>("side");
        var quantity = new DataField<int>("quantity");
        var price = new DataField<decimal>("price");
        var commission = new DataField<decimal>("commission");
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(id, symbol, timestamp, side, quantity, price, commission), stream, Options, cancellationToken: cancellationToken);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync(id, fills.Select(f => f.ClientOrderId).ToArray());
        await group.WriteAsync(symbol, fills.Select(f => f.Symbol).ToArray());
        await group.WriteAsync<DateTime>(timestamp, fills.Select(f => f.Timestamp.UtcDateTime).ToArray(), cancellationToken: cancellationToken);
        await group.WriteAsync(side, fills.Select(f => ArtifactText.Side(f.Side)).ToArray());
        await group.WriteAsync<int>(quantity, fills.Select(f => f.Quantity).ToArray(), cancellationToken: cancellationToken);
        await group.WriteAsync<decimal>(price, fills.Select(f => ArtifactText.Normalize(f.Price)).ToArray(), cancellationToken: cancellationToken);
        await group.WriteAsync<decimal>(commission, fills.Select(f => ArtifactText.Normalize(f.Commission)).ToArray(), cancellationToken: cancellationToken);
    }

    public static async Task WriteEquityAsync(string path, IReadOnlyList<EquityPoint> equity, CancellationToken cancellationToken = default)
    {
        var timestamp = TimeField("timestamp");
        var value = new DataField<double>("equity");
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(timestamp, value), stream, Options, cancellationToken: cancellationToken);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync<DateTime>(timestamp, equity.Select(p => p.Timestamp.UtcDateTime).ToArray(), cancellationToken: cancellationToken);
        await group.WriteAsync<double>(value, equity.Select(p => p.Equity).ToArray(), cancellationToken: cancellationToken);
    }
}
