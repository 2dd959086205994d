using Dapper;
using Npgsql;
using OrleansTrading.Grains.Ledger;

namespace OrleansTrading.PostgresTests.Recovery;

/// <summary>
/// Reads a bot's ledger rows straight from PostgreSQL and checks that nothing was recorded twice or left half done:
/// one trade per filled order (and none for any other), trade ids derived from their orders, a long-only sequence
/// per symbol (a sell closes exactly what the buys before it opened), and one position row per opening buy, at most
/// one of them open, matching what the trades leave open. Run it while the bot is stopped, so no cycle is mid-write.
/// </summary>
internal static class LedgerAudit
{
    public static async Task<IReadOnlyList<TradeRow>> TradesAsync(string connectionString, string botId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return (await connection.QueryAsync<TradeRow>(
            """
            SELECT id AS Id, symbol AS Symbol, type AS Type, quantity AS Quantity, "timestamp" AS Timestamp, order_id AS OrderId
            FROM trades WHERE bot_id = @botId ORDER BY "timestamp", id
            """, new { botId })).ToList();
    }

    public static async Task<int> TradeCountAsync(string connectionString, string botId, DateTimeOffset? after = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<int>(
            """SELECT count(*) FROM trades WHERE bot_id = @botId AND "timestamp" > @after""",
            new { botId, after = (after ?? DateTimeOffset.MinValue).UtcDateTime });
    }

    /// <summary>Checks every invariant; returns the number of trades audited.</summary>
    public static async Task<int> AssertConsistentAsync(string connectionString, string botId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var trades = await TradesAsync(connectionString, botId);
        var orders = (await connection.QueryAsync<OrderRow>(
            """
            SELECT client_order_id AS ClientOrderId, symbol AS Symbol, side AS Side, quantity AS Quantity, status AS Status,
                   filled_quantity AS FilledQuantity, submitted_at AS SubmittedAt
            FROM orders WHERE bot_id = @botId
            """, new { botId })).ToDictionary(o => o.ClientOrderId, StringComparer.Ordinal);
        var positions = (await connection.QueryAsync<PositionRow>(
            """
            SELECT id AS Id, symbol AS Symbol, quantity AS Quantity, is_open AS IsOpen, opened_at AS OpenedAt, closed_at AS ClosedAt
            FROM positions WHERE bot_id = @botId ORDER BY opened_at, id
            """, new { botId })).ToList();

        // One trade per order, under the id derived from it: a replayed fill could only have hit the same row.
        var byOrder = trades.GroupBy(t => t.OrderId ?? "", StringComparer.Ordinal).ToList();
        Assert.All(byOrder, g => Assert.True(g.Count() == 1, $"{g.Count()} trades for order '{g.Key}'"));
        foreach (var trade in trades)
        {
            Assert.True(trade.OrderId is not null && orders.ContainsKey(trade.OrderId), $"trade {trade.Id} has no order");
            var order = orders[trade.OrderId];
            Assert.Equal(LedgerIds.TradeId(order.ClientOrderId), trade.Id);
            Assert.Equal((order.Symbol, order.Side, order.FilledQuantity), (trade.Symbol, trade.Type, trade.Quantity));
        }

        // Every filled order made its trade, and no unfilled one did.
        var filled = orders.Values.Where(o => o.Status == "filled").Select(o => o.ClientOrderId).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(filled.Order(StringComparer.Ordinal), trades.Select(t => t.OrderId!).Order(StringComparer.Ordinal));
        Assert.Equal(filled.Count, trades.Count);

        foreach (var symbol in trades.Select(t => t.Symbol).Distinct(StringComparer.Ordinal))
        {
            AssertSymbolBook(symbol, trades.Where(t => t.Symbol == symbol).ToList(), positions.Where(p => p.Symbol == symbol).ToList());
        }
        Assert.All(positions, p => Assert.Contains(p.Symbol, trades.Select(t => t.Symbol)));
        return trades.Count;
    }

    private static void AssertSymbolBook(string symbol, List<TradeRow> trades, List<PositionRow> positions)
    {
        var held = 0;
        var openings = new List<TradeRow>();
        var closedQuantities = new List<int>();
        foreach (var trade in trades)
        {
            if (trade.Type == "buy")
            {
                if (held == 0)
                {
                    openings.Add(trade);
                }
                held += trade.Quantity;
            }
            else
            {
                // Long only, and a sell always closes the whole position: a second sell of the same holding would show here.
                Assert.True(held > 0, $"{symbol}: sell {trade.OrderId} at {trade.Timestamp:O} with nothing held");
                Assert.True(trade.Quantity == held, $"{symbol}: sell {trade.OrderId} of {trade.Quantity} while {held} held");
                closedQuantities.Add(held);
                held = 0;
            }
        }

        // The read model: one row per opening buy, keyed by it; at most one open, and it holds what the trades left open.
        Assert.Equal(openings.Select(t => LedgerIds.PositionId(t.OrderId!)).Order(StringComparer.Ordinal),
            positions.Select(p => p.Id).Order(StringComparer.Ordinal));
        var open = positions.Where(p => p.IsOpen).ToList();
        Assert.True(open.Count <= 1, $"{symbol}: {open.Count} open position rows");
        if (held > 0)
        {
            var row = Assert.Single(open);
            Assert.Equal(LedgerIds.PositionId(openings[^1].OrderId!), row.Id);
            Assert.Equal(held, row.Quantity);
        }
        else
        {
            Assert.Empty(open);
        }
        Assert.Equal(closedQuantities, positions.Where(p => !p.IsOpen).OrderBy(p => p.OpenedAt).Select(p => p.Quantity));
        Assert.All(positions.Where(p => !p.IsOpen), p => Assert.NotNull(p.ClosedAt));
    }
}
