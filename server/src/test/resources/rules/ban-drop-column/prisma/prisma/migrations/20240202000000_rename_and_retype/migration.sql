/*
  Warnings:

  - You are about to drop the column `name` on the `User` table. All the data in the column will be lost.
  - The `error` column on the `User` table would be dropped and recreated. This will lead to data loss if there is data in the column.

*/
-- AlterTable (a renamed field: Prisma drops the column and adds a new one)
ALTER TABLE "User" DROP COLUMN "name",
--                 ^^^^^^^^^^^^^^^^^^ ban-drop-column dropping column User.name breaks the deployed application
ADD COLUMN     "fullName" TEXT,
DROP COLUMN "error",
-- ^0-19 ban-drop-column dropping column User.error and adding it again in the same migration
ADD COLUMN     "error" JSONB;
