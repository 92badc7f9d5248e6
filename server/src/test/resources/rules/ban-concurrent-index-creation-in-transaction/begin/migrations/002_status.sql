BEGIN;
ALTER TABLE orders ADD COLUMN placed_at timestamptz;
create index concurrently orders_placed_at_idx on orders (placed_at);
--           ^^^^^^^^^^^^ ban-concurrent-index-creation-in-transaction the file opens one with BEGIN on line 1. PostgreSQL refuses it and the migration fails; run it outside the transaction the file opens on line 1 (after its COMMIT)
COMMIT;
