-- DropIndex
DROP INDEX "User_email_idx";
--         ^^^^^^^^^^^^^^^^ require-concurrent-index-deletion in a migration of its own that does not run in a transaction (a migration.sql holding only this statement)

-- AlterTable
ALTER TABLE "User" ADD COLUMN "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
