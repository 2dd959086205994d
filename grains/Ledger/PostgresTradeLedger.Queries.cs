using Dapper;
using OrleansTrading.GrainInterfaces.Orders;
using OrleansTrading.GrainInterfaces.Positions;
using OrleansTrading.Grains.Ledger.Queries;

namespace OrleansTrading.Grains.Ledger;

/// <summary>
/// The dashboard queries in SQL. Filters, sort, paging and aggregates all run in PostgreSQL on the indexes of
/// <c>sql/0007_dashboard_queries.sql</c>; only the page or the aggregate rows come back. SQL text is assembled from
/// fixed fragments chosen by enums; every value travels as a parameter.
/// </summary>
public sealed partial class PostgresTradeLedger
{
    public async Task<TradePage> ListTradesAsync(TradeQuery query, CancellationToken cancellationToken)
    {
        var (where, parameters) = TradeWhere(query.Filter);
        var direction = query.Direction == SortDirection.Descending ? "DESC" : "ASC";
        // Text keys sort ordinally (COLLATE "C") whatever the database's collation, as the in-memory ledger does.
        var orderBy = query.SortField switch
        {
            TradeSortField.Symbol => $"""symbol COLLATE "C" {direction}""",
            TradeSortField.Type => $"""type COLLATE "C" {direction}""",
            TradeSortField.Quantity => $"quantity {direction}",
            TradeSortField.Price => $"price {direction}",
            TradeSortField.ProfitLoss => $"profit_loss {direction} NULLS LAST",
            _ => $"\"timestamp\" {direction}",
        };
        parameters.Add("limit", query.PageSize);
        parameters.Add("offset", query.Offset);
        // Over whole New York days the count is a sum over the day tallies, not a walk over every matching trade.
        var count = TallyWhere(query.Filter, parameters) is { } tallyWhere
            ? $"SELECT coalesce(sum(trades), 0)::bigint FROM trade_tallies {tallyWhere}"
            : $"SELECT count(*) FROM trades {where}";
        // Deferred join: the page's ids come off an index alone (OFFSET still walks every skipped row, so those rows must
        // cost no heap reads), then only the page's rows are read in full.
        var sql = $"""
            WITH page AS (
                SELECT id FROM trades {where}
                ORDER BY {orderBy}, id COLLATE "C" {direction}
                LIMIT @limit OFFSET @offset
            )
            SELECT {TradeColumns} FROM trades JOIN page USING (id)
            ORDER BY {orderBy}, id COLLATE "C" {direction};
            {count};
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        var trades = (await results.ReadAsync<TradeRow>()).Select(r => r.ToTrade()).ToArray();
        var total = await results.ReadSingleAsync<long>();
        return new TradePage(trades, total);
    }

    public async Task<TradeAggregates> AggregateTradesAsync(TradeFilter filter, CancellationToken cancellationToken)
    {
        var (where, parameters) = TradeWhere(filter);
        var tallyWhere = TallyWhere(filter, parameters);
        // One scan of the matching rows feeds all four groupings: the day tallies when the range is whole New York
        // days, else the trades themselves (trade_date is their stored New York date, schema 0007).
        var sql = tallyWhere is null ? TradeAggregateSql(where) : TallyAggregateSql(tallyWhere);
        var rows = (await QueryAsync<PnlTallyRow>(sql, parameters, cancellationToken)).ToArray();
        return new TradeAggregates
        {
            Overall = rows.SingleOrDefault(r => r.Grouping_Set == PnlTallyRow.Overall)?.ToTally() ?? PnlTally.Empty,
            ByDate = Groups(rows, PnlTallyRow.ByDate, r => r.Date_Key!),
            BySymbol = Groups(rows, PnlTallyRow.BySymbol, r => r.Symbol!),
            ByBot = Groups(rows, PnlTallyRow.ByBot, r => r.Bot_Id!),
        };
    }

    private static string TradeAggregateSql(string where) => $"""
            WITH matching AS (
                SELECT trade_date AS day, symbol, bot_id, profit_loss FROM trades {where}
            )
            SELECT GROUPING(day, symbol, bot_id) AS grouping_set,
                   to_char(day, 'YYYY-MM-DD') AS date_key, symbol, bot_id,
                   count(*) AS trades,
                   count(profit_loss) AS closing_trades,
                   count(*) FILTER (WHERE profit_loss > 0) AS wins,
                   count(*) FILTER (WHERE profit_loss < 0) AS losses,
                   coalesce(sum(profit_loss), 0) AS total_pnl,
                   coalesce(sum(profit_loss) FILTER (WHERE profit_loss > 0), 0) AS gross_profit,
                   coalesce(sum(profit_loss) FILTER (WHERE profit_loss < 0), 0) AS gross_loss,
                   max(profit_loss) AS best,
                   min(profit_loss) AS worst
            FROM matching
            GROUP BY GROUPING SETS ((), (day), (symbol), (bot_id))
            """;

    private static string TallyAggregateSql(string where) => $"""
            SELECT GROUPING(trade_date, symbol, bot_id) AS grouping_set,
                   to_char(trade_date, 'YYYY-MM-DD') AS date_key, symbol, bot_id,
                   sum(trades)::bigint AS trades,
                   sum(closing_trades)::bigint AS closing_trades,
                   sum(wins)::bigint AS wins,
                   sum(losses)::bigint AS losses,
                   coalesce(sum(total_pnl), 0) AS total_pnl,
                   coalesce(sum(gross_profit), 0) AS gross_profit,
                   coalesce(sum(gross_loss), 0) AS gross_loss,
                   max(best) AS best,
                   min(worst) AS worst
            FROM trade_tallies {where}
            GROUP BY GROUPING SETS ((), (trade_date), (symbol), (bot_id))
            """;

    public async Task<IReadOnlyList<Position>> ListPositionsAsync(PositionQuery query, CancellationToken cancellationToken)
    {
        var conditions = new List<string>();
        var parameters = new DynamicParameters();
        if (query.BotId is not null)
        {
            conditions.Add("bot_id = @botId");
            parameters.Add("botId", query.BotId);
        }
        if (query.Symbol is not null)
        {
            conditions.Add("symbol = @symbol");
            parameters.Add("symbol", query.Symbol);
        }
        if (query.Status != PositionStatusFilter.All)
        {
            conditions.Add(query.Status == PositionStatusFilter.Open ? "is_open" : "NOT is_open");
        }
        var direction = query.Direction == SortDirection.Descending ? "DESC" : "ASC";
        var orderBy = query.SortBy switch
        {
            PositionSortField.Symbol => $"""symbol COLLATE "C" {direction}""",
            PositionSortField.UnrealizedPnl => $"unrealized_pnl {direction}",
            PositionSortField.EntryPrice => $"entry_price {direction}",
            PositionSortField.CurrentPrice => $"current_price {direction}",
            _ => $"opened_at {direction}",
        };
        var sql = $"""
            SELECT {PositionColumns} FROM positions {Where(conditions)}
            ORDER BY {orderBy}, id COLLATE "C" {direction}
            """;
        var rows = await QueryAsync<PositionRow>(sql, parameters, cancellationToken);
        return rows.Select(r => r.ToPosition()).ToArray();
    }

    public async Task<LedgerSummary> GetSummaryAsync(DateTimeOffset dayStart, DateTimeOffset dayEnd, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT closing.total_pnl, closing.closing_trades, closing.winning_trades,
                   (SELECT count(*) FROM trades WHERE "timestamp" >= @dayStart AND "timestamp" < @dayEnd) AS trades_in_day,
                   open_rows.open_positions, open_rows.positions_value
            FROM (SELECT coalesce(sum(profit_loss), 0) AS total_pnl,
                         count(*) AS closing_trades,
                         count(*) FILTER (WHERE profit_loss > 0) AS winning_trades
                  FROM trades WHERE profit_loss IS NOT NULL) AS closing,
                 (SELECT count(*) AS open_positions, coalesce(sum(current_price * quantity), 0) AS positions_value
                  FROM positions WHERE is_open) AS open_rows
            """;
        var rows = await QueryAsync<LedgerSummaryRow>(sql, new { dayStart = dayStart.UtcDateTime, dayEnd = dayEnd.UtcDateTime }, cancellationToken);
        return rows.Single().ToSummary();
    }

    public async Task<IReadOnlyList<OrderRecord>> ListOrdersAsync(string? botId, int limit, CancellationToken cancellationToken)
    {
        // Two statements rather than "@botId IS NULL OR bot_id = @botId", so the bot filter can use its index.
        const string allSql = $"""SELECT {OrderColumns} FROM orders ORDER BY submitted_at DESC, client_order_id COLLATE "C" DESC LIMIT @limit""";
        const string botSql = $"""SELECT {OrderColumns} FROM orders WHERE bot_id = @botId ORDER BY submitted_at DESC, client_order_id COLLATE "C" DESC LIMIT @limit""";
        var rows = await QueryAsync<OrderRow>(botId is null ? allSql : botSql, new { botId, limit = Math.Max(0, limit) }, cancellationToken);
        return rows.Select(r => r.ToOrder()).ToArray();
    }

    private static (string Where, DynamicParameters Parameters) TradeWhere(TradeFilter filter)
    {
        var conditions = new List<string>();
        var parameters = new DynamicParameters();
        if (filter.From is { } from)
        {
            conditions.Add("\"timestamp\" >= @from");
            parameters.Add("from", from.UtcDateTime);
        }
        if (filter.To is { } to)
        {
            conditions.Add("\"timestamp\" < @to");
            parameters.Add("to", to.UtcDateTime);
        }
        if (filter.BotId is not null)
        {
            conditions.Add("bot_id = @botId");
            parameters.Add("botId", filter.BotId);
        }
        if (filter.Symbol is not null)
        {
            conditions.Add("symbol = @symbol");
            parameters.Add("symbol", filter.Symbol);
        }
        if (filter.Side is { } side)
        {
            conditions.Add("type = @type");
            parameters.Add("type", LedgerCodes.ToCode(side));
        }
        return (Where(conditions), parameters);
    }

    /// <summary>
    /// The tally filter for <paramref name="filter"/> when its time bounds fall on New York midnights (every preset,
    /// analytics range and custom date does), adding the date parameters; null when a bound is a mid-day instant.
    /// </summary>
    private static string? TallyWhere(TradeFilter filter, DynamicParameters parameters)
    {
        if (!WholeDay(filter.From, out var fromDate) || !WholeDay(filter.To, out var toDate))
        {
            return null;
        }
        var conditions = new List<string>();
        if (fromDate is { } from)
        {
            conditions.Add("trade_date >= @fromDate");
            parameters.Add("fromDate", from);
        }
        if (toDate is { } to)
        {
            conditions.Add("trade_date < @toDate");
            parameters.Add("toDate", to);
        }
        if (filter.BotId is not null)
        {
            conditions.Add("bot_id = @botId");
        }
        if (filter.Symbol is not null)
        {
            conditions.Add("symbol = @symbol");
        }
        if (filter.Side is not null)
        {
            conditions.Add("type = @type");
        }
        return Where(conditions);
    }

    private static bool WholeDay(DateTimeOffset? bound, out DateOnly? date)
    {
        date = bound is { } instant ? ExchangeTime.DateOf(instant) : null;
        return bound is not { } b || ExchangeTime.StartOf(date!.Value) == b;
    }

    private static string Where(List<string> conditions) => conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);

    private static PnlGroup[] Groups(IEnumerable<PnlTallyRow> rows, int groupingSet, Func<PnlTallyRow, string> key) => rows
        .Where(r => r.Grouping_Set == groupingSet)
        .Select(r => new PnlGroup(key(r), r.ToTally()))
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .ToArray();
}
