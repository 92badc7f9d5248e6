-- migrate:up transaction:false
ALTER TABLE orders ADD COLUMN IF NOT EXISTS placed_at timestamptz;
--                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ prefer-robust-stmts ADD COLUMN placed_at without IF NOT EXISTS
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_placed_at_idx ON orders (placed_at);
--                        ^^^^^^^^^^^^^^^^^^^^ prefer-robust-stmts CREATE INDEX orders_placed_at_idx without IF NOT EXISTS

-- migrate:down
DROP INDEX CONCURRENTLY orders_placed_at_idx;
ALTER TABLE orders DROP COLUMN placed_at;
