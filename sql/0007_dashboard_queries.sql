-- OrleansTrading ledger, schema v3: indexes for the dashboard's cross-bot queries (GET /api/trades, /stats,
-- /positions, /summary). Idempotent: every object is created only if absent, so re-running the file changes nothing.

-- The exchange date (New York, DST-correct) of each trade, computed once at write time: statistics group by it, and
-- converting the time zone per row at query time was a third of the per-bot statistics query. The zone must match
-- ExchangeTime.ZoneId in grains/Ledger/Queries (the in-memory ledger's cut).
ALTER TABLE trades ADD COLUMN IF NOT EXISTS trade_date date
    GENERATED ALWAYS AS (("timestamp" AT TIME ZONE 'America/New_York')::date) STORED;

-- Trade lists filter on at most one of bot or symbol plus a time range and sort by time with the id as tie-break,
-- ordinally (COLLATE "C"), in either direction. Each index serves its filter, the range and the whole ORDER BY, so a
-- page is read straight off the index. The bot index also carries the columns the statistics aggregate, so the
-- per-bot statistics are an index-only scan.
CREATE INDEX IF NOT EXISTS ix_trades_timestamp_id ON trades ("timestamp", id COLLATE "C");
CREATE INDEX IF NOT EXISTS ix_trades_bot_id_timestamp_id ON trades (bot_id, "timestamp", id COLLATE "C")
    INCLUDE (symbol, type, profit_loss, trade_date);
CREATE INDEX IF NOT EXISTS ix_trades_symbol_timestamp_id ON trades (symbol, "timestamp", id COLLATE "C");

-- The summary sums closing trades only (profit_loss set): a partial index keeps that scan to those rows.
CREATE INDEX IF NOT EXISTS ix_trades_closing_profit_loss ON trades (profit_loss) WHERE profit_loss IS NOT NULL;

-- Every index above starts with the columns of one of these, so these only slowed down writes.
DROP INDEX IF EXISTS ix_trades_bot_id;
DROP INDEX IF EXISTS ix_trades_symbol;
DROP INDEX IF EXISTS ix_trades_timestamp;
DROP INDEX IF EXISTS ix_trades_bot_id_timestamp;

-- The dashboard lists open positions by default.
CREATE INDEX IF NOT EXISTS ix_positions_open_opened_at ON positions (opened_at, id COLLATE "C") WHERE is_open;
