CREATE INDEX CONCURRENTLY "orders_status_idx" ON "orders" ("status");
--           ^^^^^^^^^^^^ ban-concurrent-index-creation-in-transaction Drizzle's migrator runs all pending migrations in one transaction. PostgreSQL refuses it and the migration fails; run it outside Drizzle's migrator
