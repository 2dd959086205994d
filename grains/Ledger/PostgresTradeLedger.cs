using Dapper;
using Npgsql;
using OrleansTrading.GrainInterfaces.Alerts;
using OrleansTrading.GrainInterfaces.Orders;
using OrleansTrading.GrainInterfaces.Positions;
using OrleansTrading.GrainInterfaces.Trades;
using OrleansTrading.Grains.Ledger.Queries;

namespace OrleansTrading.Grains.Ledger;

/// <summary>The Cluster-mode ledger over the <c>sql/</c> schema (Npgsql + Dapper, parameterised SQL only).</summary>
public sealed partial class PostgresTradeLedger(NpgsqlDataSource dataSource) : ITradeLedger, ILedgerQueries
{
    /// <summary>Tables holding rows that belong to one bot, deleted together with the bot.</summary>
    private static readonly string[] BotOwnedTables = ["trades", "orders", "positions", "equity_snapshots", "alerts", "backtest_runs"];

    private const string TradeColumns = """
        id, bot_id, symbol, type, quantity, price, "timestamp", indicators_snapshot::text AS indicators_snapshot,
        profit_loss, order_id, status, commission, slippage
        """;

    private const string OrderColumns = """
        client_order_id, bot_id, symbol, side, order_type, quantity, limit_price, stop_price, time_in_force, status,
        broker_order_id, filled_quantity, avg_fill_price, submitted_at, updated_at
        """;

    private const string PositionColumns = """
        id, bot_id, symbol, quantity, entry_price, current_price, stop_loss_price, take_profit_price, unrealized_pnl,
        realized_pnl, opened_at, closed_at, is_open
        """;

    private const string AlertColumns = "id, bot_id, severity, code, message, created_at, acknowledged_at";

    public async Task RecordTradeAsync(Trade trade, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO trades (id, bot_id, symbol, type, quantity, price, "timestamp", indicators_snapshot,
                                profit_loss, order_id, status, commission, slippage)
            VALUES (@Id, @BotId, @Symbol, @Type, @Quantity, @Price, @Timestamp, @IndicatorsSnapshot::jsonb,
                    @ProfitLoss, @OrderId, @Status, @Commission, @Slippage)
            ON CONFLICT (id) DO NOTHING
            """;
        await ExecuteAsync(sql, new
        {
            trade.Id,
            trade.BotId,
            trade.Symbol,
            Type = LedgerCodes.ToCode(trade.Type),
            trade.Quantity,
            trade.Price,
            Timestamp = trade.Timestamp.UtcDateTime,
            trade.IndicatorsSnapshot,
            trade.ProfitLoss,
            trade.OrderId,
            Status = LedgerCodes.ToCode(trade.Status),
            trade.Commission,
            trade.Slippage,
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<Trade>> GetTradesByBotAsync(string botId, CancellationToken cancellationToken)
    {
        const string sql = $"""SELECT {TradeColumns} FROM trades WHERE bot_id = @botId ORDER BY "timestamp", id COLLATE "C" """;
        var rows = await QueryAsync<TradeRow>(sql, new { botId }, cancellationToken);
        return rows.Select(r => r.ToTrade()).ToArray();
    }

    public async Task<Trade?> GetTradeAsync(string tradeId, CancellationToken cancellationToken)
    {
        const string sql = $"SELECT {TradeColumns} FROM trades WHERE id = @tradeId";
        var rows = await QueryAsync<TradeRow>(sql, new { tradeId }, cancellationToken);
        return rows.SingleOrDefault()?.ToTrade();
    }

    public async Task UpsertOrderAsync(OrderRecord order, CancellationToken cancellationToken)
    {
        // The WHERE makes a final order immutable and an out-of-order (older) broker update a no-op; equal times apply,
        // so re-sending the same update is harmless. submitted_at and the order's terms are never rewritten.
        const string sql = """
            INSERT INTO orders (client_order_id, bot_id, symbol, side, order_type, quantity, limit_price, stop_price,
                                time_in_force, status, broker_order_id, filled_quantity, avg_fill_price, submitted_at, updated_at)
            VALUES (@ClientOrderId, @BotId, @Symbol, @Side, @OrderType, @Quantity, @LimitPrice, @StopPrice,
                    @TimeInForce, @Status, @BrokerOrderId, @FilledQuantity, @AverageFillPrice, @SubmittedAt, @UpdatedAt)
            ON CONFLICT (client_order_id) DO UPDATE SET
                status = EXCLUDED.status,
                broker_order_id = EXCLUDED.broker_order_id,
                filled_quantity = EXCLUDED.filled_quantity,
                avg_fill_price = EXCLUDED.avg_fill_price,
                updated_at = EXCLUDED.updated_at
            WHERE orders.status NOT IN ('filled', 'cancelled', 'rejected', 'expired')
              AND EXCLUDED.updated_at >= orders.updated_at
            """;
        await ExecuteAsync(sql, new
        {
            order.ClientOrderId,
            order.BotId,
            order.Symbol,
            Side = LedgerCodes.ToCode(order.Side),
            OrderType = LedgerCodes.ToCode(order.OrderType),
            order.Quantity,
            order.LimitPrice,
            order.StopPrice,
            order.TimeInForce,
            Status = LedgerCodes.ToCode(order.Status),
            order.BrokerOrderId,
            order.FilledQuantity,
            order.AverageFillPrice,
            SubmittedAt = order.SubmittedAt.UtcDateTime,
            UpdatedAt = order.UpdatedAt.UtcDateTime,
        }, cancellationToken);
    }

    public async Task<OrderRecord?> GetOrderAsync(string clientOrderId, CancellationToken cancellationToken)
    {
        const string sql = $"SELECT {OrderColumns} FROM orders WHERE client_order_id = @clientOrderId";
        var rows = await QueryAsync<OrderRow>(sql, new { clientOrderId }, cancellationToken);
        return rows.SingleOrDefault()?.ToOrder();
    }

    public async Task<IReadOnlyList<OrderRecord>> GetOrdersByBotAsync(string botId, CancellationToken cancellationToken)
    {
        const string sql = $"""SELECT {OrderColumns} FROM orders WHERE bot_id = @botId ORDER BY submitted_at, client_order_id COLLATE "C" """;
        var rows = await QueryAsync<OrderRow>(sql, new { botId }, cancellationToken);
        return rows.Select(r => r.ToOrder()).ToArray();
    }

    public async Task UpsertPositionAsync(Position position, CancellationToken cancellationToken)
    {
        // Open and closed writes of one position can arrive out of order; the WHERE keeps a closed row closed.
        const string sql = """
            INSERT INTO positions (id, bot_id, symbol, quantity, entry_price, current_price, stop_loss_price, take_profit_price,
                                   unrealized_pnl, realized_pnl, opened_at, closed_at, is_open, updated_at)
            VALUES (@Id, @BotId, @Symbol, @Quantity, @EntryPrice, @CurrentPrice, @StopLossPrice, @TakeProfitPrice,
                    @UnrealizedPnl, @RealizedPnl, @OpenedAt, @ClosedAt, @IsOpen, now())
            ON CONFLICT (id) DO UPDATE SET
                bot_id = EXCLUDED.bot_id,
                symbol = EXCLUDED.symbol,
                quantity = EXCLUDED.quantity,
                entry_price = EXCLUDED.entry_price,
                current_price = EXCLUDED.current_price,
                stop_loss_price = EXCLUDED.stop_loss_price,
                take_profit_price = EXCLUDED.take_profit_price,
                unrealized_pnl = EXCLUDED.unrealized_pnl,
                realized_pnl = EXCLUDED.realized_pnl,
                opened_at = EXCLUDED.opened_at,
                closed_at = EXCLUDED.closed_at,
                is_open = EXCLUDED.is_open,
                updated_at = EXCLUDED.updated_at
            WHERE positions.is_open OR NOT EXCLUDED.is_open
            """;
        await ExecuteAsync(sql, new
        {
            position.Id,
            position.BotId,
            position.Symbol,
            position.Quantity,
            position.EntryPrice,
            position.CurrentPrice,
            position.StopLossPrice,
            position.TakeProfitPrice,
            position.UnrealizedPnl,
            position.RealizedPnl,
            OpenedAt = position.OpenedAt.UtcDateTime,
            ClosedAt = position.ClosedAt?.UtcDateTime,
            position.IsOpen,
        }, cancellationToken);
    }

    public async Task<Position?> GetPositionAsync(string positionId, CancellationToken cancellationToken)
    {
        const string sql = $"SELECT {PositionColumns} FROM positions WHERE id = @positionId";
        var rows = await QueryAsync<PositionRow>(sql, new { positionId }, cancellationToken);
        return rows.SingleOrDefault()?.ToPosition();
    }

    public async Task<IReadOnlyList<Position>> GetPositionsByBotAsync(string botId, CancellationToken cancellationToken)
    {
        const string sql = $"""SELECT {PositionColumns} FROM positions WHERE bot_id = @botId ORDER BY opened_at, id COLLATE "C" """;
        var rows = await QueryAsync<PositionRow>(sql, new { botId }, cancellationToken);
        return rows.Select(r => r.ToPosition()).ToArray();
    }

    public async Task RecordEquitySnapshotAsync(EquitySnapshot snapshot, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO equity_snapshots (bot_id, "timestamp", equity, cash, positions_value)
            VALUES (@BotId, @Timestamp, @Equity, @Cash, @PositionsValue)
            ON CONFLICT (bot_id, "timestamp") DO NOTHING
            """;
        await ExecuteAsync(sql, new
        {
            snapshot.BotId,
            Timestamp = snapshot.Timestamp.UtcDateTime,
            snapshot.Equity,
            snapshot.Cash,
            snapshot.PositionsValue,
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<EquitySnapshot>> GetEquitySnapshotsAsync(string botId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT bot_id, "timestamp", equity, cash, positions_value FROM equity_snapshots
            WHERE bot_id = @botId ORDER BY "timestamp"
            """;
        var rows = await QueryAsync<EquitySnapshotRow>(sql, new { botId }, cancellationToken);
        return rows.Select(r => r.ToSnapshot()).ToArray();
    }

    public async Task RecordAlertAsync(Alert alert, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO alerts (id, bot_id, severity, code, message, created_at, acknowledged_at)
            VALUES (@Id, @BotId, @Severity, @Code, @Message, @CreatedAt, @AcknowledgedAt)
            ON CONFLICT (id) DO NOTHING
            """;
        await ExecuteAsync(sql, new
        {
            alert.Id,
            alert.BotId,
            Severity = LedgerCodes.ToCode(alert.Severity),
            alert.Code,
            alert.Message,
            CreatedAt = alert.CreatedAt.UtcDateTime,
            AcknowledgedAt = alert.AcknowledgedAt?.UtcDateTime,
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<Alert>> GetAlertsAsync(string? botId, int limit, CancellationToken cancellationToken)
    {
        // Two statements rather than "@botId IS NULL OR bot_id = @botId", so the bot filter can use its index.
        const string allSql = $"""SELECT {AlertColumns} FROM alerts ORDER BY created_at DESC, id COLLATE "C" LIMIT @limit""";
        const string botSql = $"""SELECT {AlertColumns} FROM alerts WHERE bot_id = @botId ORDER BY created_at DESC, id COLLATE "C" LIMIT @limit""";
        var rows = await QueryAsync<AlertRow>(botId is null ? allSql : botSql, new { botId, limit = Math.Max(0, limit) }, cancellationToken);
        return rows.Select(r => r.ToAlert()).ToArray();
    }

    public async Task<bool> AcknowledgeAlertAsync(string alertId, DateTimeOffset acknowledgedAt, CancellationToken cancellationToken)
    {
        // COALESCE keeps the first acknowledgement; the row still counts as matched, so a known id answers true.
        const string sql = "UPDATE alerts SET acknowledged_at = COALESCE(acknowledged_at, @acknowledgedAt) WHERE id = @alertId";
        var matched = await ExecuteAsync(sql, new { alertId, acknowledgedAt = acknowledgedAt.UtcDateTime }, cancellationToken);
        return matched > 0;
    }

    public async Task<long> DeleteBotDataAsync(string botId, CancellationToken cancellationToken)
    {
        // One transaction: a bot is either fully removed from the ledger or not at all.
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long deleted = 0;
        foreach (var table in BotOwnedTables)
        {
            deleted += await connection.ExecuteAsync(new CommandDefinition(
                $"DELETE FROM {table} WHERE bot_id = @botId", new { botId }, transaction, cancellationToken: cancellationToken));
        }
        // Derived rows (schema 0007's per-day trade tallies) go with the trades but are not ledger rows to count.
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM trade_tallies WHERE bot_id = @botId", new { botId }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    private async Task<IEnumerable<TRow>> QueryAsync<TRow>(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QueryAsync<TRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    private async Task<int> ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }
}
