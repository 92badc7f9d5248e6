-- AlterTable (edited by hand: the values are copied before the old column goes)
ALTER TABLE "User" ADD COLUMN "temporary_startTime" BIGINT;
UPDATE "User" SET "temporary_startTime" = EXTRACT(EPOCH FROM "startTime") * 1000000000;
ALTER TABLE "User" DROP COLUMN "startTime";
ALTER TABLE "User" RENAME COLUMN "temporary_startTime" TO "startTime";
