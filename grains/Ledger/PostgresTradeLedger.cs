using Dapper;
using Npgsql;
using OrleansTrading.GrainInterfaces.Alerts;
using OrleansTrading.GrainInterfaces.Orders;
using OrleansTrading.GrainInterfaces.Positions;
using OrleansTrading.GrainInterfaces.Trades;

namespace OrleansTrading.Grains.Ledger;

/// <summary>The Cluster-mode ledger over the <c>sql/</c> schema (Npgsql + Dapper, parameterised SQL only).</summary>
public sealed class PostgresTradeLedger(NpgsqlDataSource dataSource) : ITradeLedger
{
    /// <summary>Tables holding rows that belong to one bot, deleted together with the bot.</summary>
    private static readonly string[] BotOwnedTables = ["trades", "orders", "positions", "equity_snapshots", "alerts", "backtest_runs"];

    private const string TradeColumns = """
        id, bot_id, symbol, type, quantity, price, "timestamp", indicators_snapshot::text AS indicators_snapshot,
        profit_loss, order_id, status, commission, slippage
        """;

    public async Task RecordTradeAsync(Trade trade, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO trades (id, bot_id, symbol, type, quantity, price, "timestamp", indicators_snapshot,
                                profit_loss, order_id, status, commission, slippage)
            VALUES (@Id, @BotId, @Symbol, @Type, @Quantity, @Price, @Timestamp, @IndicatorsSnapshot::jsonb,
                    @ProfitLoss, @OrderId, @Status, @Commission, @Slippage)
            ON CONFLICT (id) DO NOTHING
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, new
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
        }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<Trade>> GetTradesByBotAsync(string botId, CancellationToken cancellationToken)
    {
        var sql = $"""SELECT {TradeColumns} FROM trades WHERE bot_id = @botId ORDER BY "timestamp", id""";
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<TradeRow>(new CommandDefinition(sql, new { botId }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToTrade()).ToArray();
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
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    // Pending: the ledger helper replaces these with SQL (branch ledger-v2). Never shipped as is.
    public Task<Trade?> GetTradeAsync(string tradeId, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Task UpsertOrderAsync(OrderRecord order, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Task<OrderRecord?> GetOrderAsync(string clientOrderId, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Task<IReadOnlyList<OrderRecord>> GetOrdersByBotAsync(string botId, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Task UpsertPositionAsync(Position position, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Task<Position?> GetPositionAsync(string positionId, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Task<IReadOnlyList<Position>> GetPositionsByBotAsync(string botId, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Task RecordEquitySnapshotAsync(EquitySnapshot snapshot, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Task<IReadOnlyList<EquitySnapshot>> GetEquitySnapshotsAsync(string botId, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Task RecordAlertAsync(Alert alert, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Task<IReadOnlyList<Alert>> GetAlertsAsync(string? botId, int limit, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Task<bool> AcknowledgeAlertAsync(string alertId, DateTimeOffset acknowledgedAt, CancellationToken cancellationToken) => throw new NotImplementedException();
}
