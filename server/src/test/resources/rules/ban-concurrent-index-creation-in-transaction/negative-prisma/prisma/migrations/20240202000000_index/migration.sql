-- A migration of one statement: Prisma Migrate sends it alone, outside a transaction.
CREATE INDEX CONCURRENTLY "Order_id_status_idx" ON "Order"("id", "status");
