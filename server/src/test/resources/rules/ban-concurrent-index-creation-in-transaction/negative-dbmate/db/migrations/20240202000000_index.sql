-- migrate:up transaction:false
CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);
DROP INDEX CONCURRENTLY IF EXISTS orders_old_status_idx;

-- migrate:down
DROP INDEX CONCURRENTLY orders_status_idx;
