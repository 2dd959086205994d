using Dapper;
using Npgsql;

namespace OrleansTrading.PostgresTests.Cluster;

/// <summary>Writes one row into every bot-owned ledger table, straight through SQL, to check cascades.</summary>
internal static class LedgerRows
{
    private static readonly string[] Tables = ["trades", "orders", "positions", "equity_snapshots", "alerts", "backtest_runs"];

    public static int TablesPerInsert => Tables.Length;

    public static async Task InsertOneOfEachAsync(NpgsqlConnection connection, string botId)
    {
        var id = Guid.NewGuid().ToString();
        var now = DateTime.UtcNow.AddTicks(Random.Shared.Next(1, 1_000_000));
        await connection.ExecuteAsync("""
            INSERT INTO trades (id, bot_id, symbol, type, quantity, price, "timestamp", status) VALUES (@id, @botId, 'AAPL', 'buy', 5, 190.5, @now, 'filled');
            INSERT INTO orders (client_order_id, bot_id, symbol, side, order_type, quantity, status, submitted_at, updated_at) VALUES (@id, @botId, 'AAPL', 'buy', 'market', 5, 'filled', @now, @now);
            INSERT INTO positions (id, bot_id, symbol, quantity, entry_price, current_price, opened_at) VALUES (@id, @botId, 'AAPL', 5, 190.5, 191, @now);
            INSERT INTO equity_snapshots (bot_id, "timestamp", equity, cash, positions_value) VALUES (@botId, @now, 1000, 45, 955);
            INSERT INTO alerts (id, bot_id, severity, code, message, created_at) VALUES (@id, @botId, 'info', 'test', 'hello', @now);
            INSERT INTO backtest_runs (id, bot_id, status, config, config_hash, created_at) VALUES (@id, @botId, 'completed', '{}', 'h', @now);
            """, new { id, botId, now });
    }

    public static async Task<long> CountAsync(NpgsqlConnection connection, string botId)
    {
        long total = 0;
        foreach (var table in Tables)
        {
            total += await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table} WHERE bot_id = @botId", new { botId });
        }
        return total;
    }
}
