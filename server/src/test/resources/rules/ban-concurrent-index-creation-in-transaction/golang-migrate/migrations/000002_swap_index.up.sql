CREATE INDEX CONCURRENTLY orders_status_id_idx ON orders (status, id);
--           ^^^^^^^^^^^^ ban-concurrent-index-creation-in-transaction golang-migrate sends the migration file as one query
DROP INDEX CONCURRENTLY orders_status_idx;
--         ^^^^^^^^^^^^ ban-concurrent-index-creation-in-transaction DROP INDEX CONCURRENTLY cannot run inside a transaction block
