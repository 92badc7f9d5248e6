-- AlterTable (edited by hand: Prisma would drop "cron" and add "generatorExpression")
ALTER TABLE "TaskSchedule" RENAME COLUMN "cron" TO "generatorExpression";
--                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ renaming-column renaming column TaskSchedule.cron to generatorExpression
