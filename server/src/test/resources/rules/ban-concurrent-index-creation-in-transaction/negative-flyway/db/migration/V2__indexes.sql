CREATE INDEX CONCURRENTLY orders_id_status_idx ON orders (id, status);
DROP INDEX CONCURRENTLY orders_status_idx;
