ALTER TABLE orders ADD COLUMN placed_at timestamptz;
CREATE INDEX CONCURRENTLY orders_placed_at_idx ON orders (placed_at);
--           ^^^^^^^^^^^^ ban-concurrent-index-creation-in-transaction Flyway runs a migration in a transaction unless all its statements must run outside one. PostgreSQL refuses it and the migration fails; run it in a migration of its own that does not run in a transaction (Flyway runs a migration holding only CONCURRENTLY statements outside a transaction)
