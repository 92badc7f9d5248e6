-- AlterTable
ALTER TABLE "Order" ADD COLUMN "placedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX CONCURRENTLY "Order_placedAt_idx" ON "Order"("placedAt");
--           ^^^^^^^^^^^^ ban-concurrent-index-creation-in-transaction CREATE INDEX CONCURRENTLY cannot run inside a transaction block, and this one runs in a transaction: Prisma Migrate sends the migration file as one query, which PostgreSQL runs as one transaction when it holds more than one statement (this one holds 2). PostgreSQL refuses it and the migration fails; run it in a migration of its own that does not run in a transaction (a migration.sql holding only this statement)
