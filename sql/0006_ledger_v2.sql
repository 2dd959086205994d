-- OrleansTrading ledger, schema v2: the per-bot reads the ledger makes, and the order status codes it writes.
-- Idempotent: every object is created only if absent, so re-running the file changes nothing.

-- Each list query filters one bot and sorts by time; a (bot_id, time) index serves both the filter and the order.
CREATE INDEX IF NOT EXISTS ix_trades_bot_id_timestamp ON trades (bot_id, "timestamp");
CREATE INDEX IF NOT EXISTS ix_orders_bot_id_submitted_at ON orders (bot_id, submitted_at);
CREATE INDEX IF NOT EXISTS ix_positions_bot_id_opened_at ON positions (bot_id, opened_at);
CREATE INDEX IF NOT EXISTS ix_alerts_bot_id_created_at ON alerts (bot_id, created_at DESC);

-- v1 left orders.status unchecked while every other code column has its CHECK; the upsert's "final" test relies on
-- these exact spellings, so a misspelt status must fail loudly rather than make an order silently mutable forever.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'ck_orders_status' AND conrelid = 'orders'::regclass) THEN
        ALTER TABLE orders ADD CONSTRAINT ck_orders_status
            CHECK (status IN ('new', 'partially_filled', 'filled', 'cancelled', 'rejected', 'expired'));
    END IF;
END
$$;
