-- migrate:up
    SET lock_timeout = '5s';
    CREATE INDEX orders_status_idx ON orders (status);
--               ^^^^^^^^^^^^^^^^^ require-timeout-settings CREATE INDEX orders_status_idx on orders waits for a lock on orders

-- migrate:down
    DROP INDEX orders_status_idx;
