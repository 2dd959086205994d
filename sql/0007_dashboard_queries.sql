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

-- Per (bot, New York date, symbol, side) tallies of the trades, kept by a statement trigger on every insert (single
-- rows from the ledger and bulk COPY alike; the ledger's ON CONFLICT DO NOTHING replays insert nothing and so add
-- nothing). Statistics and list counts over whole New York days read these few rows instead of every trade: a bot
-- with 10,000 trades a year has about a thousand tallies. Trades are insert-only; deleting a bot deletes its
-- tallies with its trades.
CREATE TABLE IF NOT EXISTS trade_tallies (
    bot_id         text    NOT NULL,
    trade_date     date    NOT NULL,
    symbol         text    NOT NULL,
    type           text    NOT NULL,
    trades         bigint  NOT NULL,
    closing_trades bigint  NOT NULL,
    wins           bigint  NOT NULL,
    losses         bigint  NOT NULL,
    total_pnl      numeric NOT NULL,
    gross_profit   numeric NOT NULL,
    gross_loss     numeric NOT NULL,
    best           numeric NULL,
    worst          numeric NULL,
    -- Covering: per-bot statistics are an index-only scan (a bot's tallies are scattered over the heap).
    PRIMARY KEY (bot_id, trade_date, symbol, type)
        INCLUDE (trades, closing_trades, wins, losses, total_pnl, gross_profit, gross_loss, best, worst)
);
CREATE INDEX IF NOT EXISTS ix_trade_tallies_trade_date ON trade_tallies (trade_date)
    INCLUDE (bot_id, symbol, type, trades, closing_trades, wins, losses, total_pnl, gross_profit, gross_loss, best, worst);
CREATE INDEX IF NOT EXISTS ix_trade_tallies_symbol_trade_date ON trade_tallies (symbol, trade_date)
    INCLUDE (bot_id, type, trades, closing_trades, wins, losses, total_pnl, gross_profit, gross_loss, best, worst);

CREATE OR REPLACE FUNCTION trade_tallies_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO trade_tallies AS t (bot_id, trade_date, symbol, type, trades, closing_trades, wins, losses,
                                    total_pnl, gross_profit, gross_loss, best, worst)
    SELECT bot_id, trade_date, symbol, type, count(*), count(profit_loss),
           count(*) FILTER (WHERE profit_loss > 0), count(*) FILTER (WHERE profit_loss < 0),
           coalesce(sum(profit_loss), 0), coalesce(sum(profit_loss) FILTER (WHERE profit_loss > 0), 0),
           coalesce(sum(profit_loss) FILTER (WHERE profit_loss < 0), 0), max(profit_loss), min(profit_loss)
    FROM inserted
    GROUP BY bot_id, trade_date, symbol, type
    ON CONFLICT (bot_id, trade_date, symbol, type) DO UPDATE SET
        trades = t.trades + EXCLUDED.trades,
        closing_trades = t.closing_trades + EXCLUDED.closing_trades,
        wins = t.wins + EXCLUDED.wins,
        losses = t.losses + EXCLUDED.losses,
        total_pnl = t.total_pnl + EXCLUDED.total_pnl,
        gross_profit = t.gross_profit + EXCLUDED.gross_profit,
        gross_loss = t.gross_loss + EXCLUDED.gross_loss,
        -- GREATEST and LEAST skip NULLs: a day's first closing trade sets them.
        best = GREATEST(t.best, EXCLUDED.best),
        worst = LEAST(t.worst, EXCLUDED.worst);
    RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS trg_trades_tally ON trades;
CREATE TRIGGER trg_trades_tally AFTER INSERT ON trades
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION trade_tallies_add();

-- Trades written before this migration.
INSERT INTO trade_tallies (bot_id, trade_date, symbol, type, trades, closing_trades, wins, losses,
                           total_pnl, gross_profit, gross_loss, best, worst)
SELECT bot_id, trade_date, symbol, type, count(*), count(profit_loss),
       count(*) FILTER (WHERE profit_loss > 0), count(*) FILTER (WHERE profit_loss < 0),
       coalesce(sum(profit_loss), 0), coalesce(sum(profit_loss) FILTER (WHERE profit_loss > 0), 0),
       coalesce(sum(profit_loss) FILTER (WHERE profit_loss < 0), 0), max(profit_loss), min(profit_loss)
FROM trades
WHERE NOT EXISTS (SELECT 1 FROM trade_tallies)
GROUP BY bot_id, trade_date, symbol, type;
