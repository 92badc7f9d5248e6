-- migrate:up
CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);
--           ^^^^^^^^^^^^ ban-concurrent-index-creation-in-transaction dbmate runs each migration in a transaction unless its "-- migrate:up" line says transaction:false. PostgreSQL refuses it and the migration fails; run it in a migration that does not run in a transaction (add transaction:false to its "-- migrate:up" line, or move the statement to a migration of its own with that option)

-- migrate:down
DROP INDEX CONCURRENTLY orders_status_idx;
