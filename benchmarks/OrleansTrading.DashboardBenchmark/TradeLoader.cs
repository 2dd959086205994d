using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace OrleansTrading.DashboardBenchmark;

/// <summary>
/// Writes a deterministic synthetic trade history with PostgreSQL's binary COPY: bots × round trips (a buy, then a
/// closing sell with P&amp;L), spread evenly over the last year, each bot trading a few of 20 symbols.
/// </summary>
public static class TradeLoader
{
    public static readonly string[] Symbols =
    [
        "AAPL", "MSFT", "NVDA", "AMZN", "GOOGL", "META", "TSLA", "BRK.B", "JPM", "V",
        "UNH", "XOM", "JNJ", "WMT", "PG", "MA", "HD", "CVX", "KO", "PEP",
    ];

    public static IReadOnlyList<string> BotIds(int bots)
    {
        var random = new Random(7);
        return Enumerable.Range(0, bots).Select(_ =>
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes).ToString();
        }).ToArray();
    }

    public static async Task<TimeSpan> LoadAsync(string connectionString, IReadOnlyList<string> botIds, int trades, DateTimeOffset end)
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(42);
        var start = end.AddDays(-365);
        var step = (end - start).Ticks / trades;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY trades (id, bot_id, symbol, type, quantity, price, \"timestamp\", profit_loss, order_id, status, commission, slippage) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < trades; i++)
            {
                var bot = i % botIds.Count;
                var roundTrip = i / botIds.Count / 2;
                var isSell = i / botIds.Count % 2 == 1;
                var symbol = Symbols[(bot * 3 + roundTrip % 4) % Symbols.Length];
                var price = Math.Round(50m + (decimal)random.NextDouble() * 450m, 2);
                var quantity = 1 + random.Next(200);
                await writer.StartRowAsync();
                await writer.WriteAsync($"trade-{i:D7}", NpgsqlDbType.Text);
                await writer.WriteAsync(botIds[bot], NpgsqlDbType.Text);
                await writer.WriteAsync(symbol, NpgsqlDbType.Text);
                await writer.WriteAsync(isSell ? "sell" : "buy", NpgsqlDbType.Text);
                await writer.WriteAsync(quantity, NpgsqlDbType.Integer);
                await writer.WriteAsync(price, NpgsqlDbType.Numeric);
                await writer.WriteAsync(start.AddTicks(step * i).UtcDateTime, NpgsqlDbType.TimestampTz);
                if (isSell)
                {
                    await writer.WriteAsync(Math.Round((decimal)(random.NextDouble() - 0.45) * 400m, 2), NpgsqlDbType.Numeric);
                }
                else
                {
                    await writer.WriteNullAsync();
                }
                await writer.WriteAsync($"order-{i:D7}", NpgsqlDbType.Text);
                await writer.WriteAsync("filled", NpgsqlDbType.Text);
                await writer.WriteAsync(1m, NpgsqlDbType.Numeric);
                await writer.WriteAsync(0.01m, NpgsqlDbType.Numeric);
            }
            await writer.CompleteAsync();
        }
        // Fresh statistics and a set visibility map, as autovacuum leaves a settled table: index-only scans need it. A
        // VACUUM right after the load can leave pages not all-visible (a concurrent auto-analyze's snapshot), so repeat.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            foreach (var table in new[] { "trades", "trade_tallies" })
            {
                await using var vacuum = new NpgsqlCommand($"VACUUM ANALYZE {table}", connection);
                vacuum.CommandTimeout = 600;
                await vacuum.ExecuteNonQueryAsync();
            }
            await using var check = new NpgsqlCommand("SELECT relallvisible::float8 / greatest(relpages, 1) FROM pg_class WHERE relname = 'trades'", connection);
            if ((double)(await check.ExecuteScalarAsync())! >= 0.99)
            {
                break;
            }
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
        return watch.Elapsed;
    }
}
