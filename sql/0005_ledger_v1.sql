-- OrleansTrading ledger, schema v1: the relational record that list and statistics queries read.
-- Idempotent: every object is created only if absent, so re-running the file changes nothing.
-- Money and prices are numeric (exact); timestamps are timestamptz (UTC on the wire).

CREATE TABLE IF NOT EXISTS trades (
    id                  text           PRIMARY KEY,
    bot_id              text           NOT NULL,
    symbol              text           NOT NULL,
    type                text           NOT NULL CHECK (type IN ('buy', 'sell')),
    quantity            integer        NOT NULL CHECK (quantity > 0),
    price               numeric(20, 6) NOT NULL CHECK (price > 0),
    "timestamp"         timestamptz    NOT NULL,
    indicators_snapshot jsonb          NULL,
    profit_loss         numeric(20, 6) NULL,
    order_id            text           NULL,
    status              text           NOT NULL CHECK (status IN ('pending', 'filled', 'cancelled', 'failed')),
    commission          numeric(20, 6) NULL,
    slippage            numeric(20, 6) NULL
);
CREATE INDEX IF NOT EXISTS ix_trades_bot_id ON trades (bot_id);
CREATE INDEX IF NOT EXISTS ix_trades_symbol ON trades (symbol);
CREATE INDEX IF NOT EXISTS ix_trades_timestamp ON trades ("timestamp");
CREATE INDEX IF NOT EXISTS ix_trades_status ON trades (status);

CREATE TABLE IF NOT EXISTS positions (
    id                text           PRIMARY KEY,
    bot_id            text           NOT NULL,
    symbol            text           NOT NULL,
    quantity          integer        NOT NULL CHECK (quantity >= 0),
    entry_price       numeric(20, 6) NOT NULL,
    current_price     numeric(20, 6) NOT NULL,
    stop_loss_price   numeric(20, 6) NULL,
    take_profit_price numeric(20, 6) NULL,
    unrealized_pnl    numeric(20, 6) NOT NULL DEFAULT 0,
    realized_pnl      numeric(20, 6) NOT NULL DEFAULT 0,
    opened_at         timestamptz    NOT NULL,
    closed_at         timestamptz    NULL,
    is_open           boolean        NOT NULL DEFAULT true,
    updated_at        timestamptz    NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS ix_positions_bot_id ON positions (bot_id);
CREATE INDEX IF NOT EXISTS ix_positions_symbol ON positions (symbol);
CREATE INDEX IF NOT EXISTS ix_positions_is_open ON positions (is_open);

-- Orders are keyed by the client order id the bot derives from (bot, symbol, bar time, side):
-- a retried cycle inserts the same key and so can never create a second order.
CREATE TABLE IF NOT EXISTS orders (
    client_order_id  text           PRIMARY KEY,
    bot_id           text           NOT NULL,
    symbol           text           NOT NULL,
    side             text           NOT NULL CHECK (side IN ('buy', 'sell')),
    order_type       text           NOT NULL CHECK (order_type IN ('market', 'limit', 'stop', 'stop_limit')),
    quantity         integer        NOT NULL CHECK (quantity > 0),
    limit_price      numeric(20, 6) NULL,
    stop_price       numeric(20, 6) NULL,
    time_in_force    text           NOT NULL DEFAULT 'day',
    status           text           NOT NULL,
    broker_order_id  text           NULL,
    filled_quantity  integer        NOT NULL DEFAULT 0,
    avg_fill_price   numeric(20, 6) NULL,
    submitted_at     timestamptz    NOT NULL,
    updated_at       timestamptz    NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_orders_bot_id ON orders (bot_id);
CREATE INDEX IF NOT EXISTS ix_orders_symbol ON orders (symbol);
CREATE INDEX IF NOT EXISTS ix_orders_status ON orders (status);
CREATE INDEX IF NOT EXISTS ix_orders_submitted_at ON orders (submitted_at);

CREATE TABLE IF NOT EXISTS equity_snapshots (
    bot_id          text           NOT NULL,
    "timestamp"     timestamptz    NOT NULL,
    equity          numeric(20, 6) NOT NULL,
    cash            numeric(20, 6) NOT NULL,
    positions_value numeric(20, 6) NOT NULL,
    PRIMARY KEY (bot_id, "timestamp")
);
CREATE INDEX IF NOT EXISTS ix_equity_snapshots_timestamp ON equity_snapshots ("timestamp");

CREATE TABLE IF NOT EXISTS backtest_runs (
    id           text        PRIMARY KEY,
    bot_id       text        NULL,
    status       text        NOT NULL,
    config       jsonb       NOT NULL,
    config_hash  text        NOT NULL,
    data_hash    text        NULL,
    metrics      jsonb       NULL,
    equity_curve jsonb       NULL,
    trades       jsonb       NULL,
    error        text        NULL,
    created_at   timestamptz NOT NULL,
    completed_at timestamptz NULL
);
CREATE INDEX IF NOT EXISTS ix_backtest_runs_bot_id ON backtest_runs (bot_id);
CREATE INDEX IF NOT EXISTS ix_backtest_runs_created_at ON backtest_runs (created_at);

CREATE TABLE IF NOT EXISTS alerts (
    id              text        PRIMARY KEY,
    bot_id          text        NULL,
    severity        text        NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
    code            text        NOT NULL,
    message         text        NOT NULL,
    created_at      timestamptz NOT NULL,
    acknowledged_at timestamptz NULL
);
CREATE INDEX IF NOT EXISTS ix_alerts_bot_id ON alerts (bot_id);
CREATE INDEX IF NOT EXISTS ix_alerts_created_at ON alerts (created_at);
