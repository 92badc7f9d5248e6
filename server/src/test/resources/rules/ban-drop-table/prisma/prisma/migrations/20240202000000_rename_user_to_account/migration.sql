/*
  Warnings:

  - You are about to drop the `User` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropTable (a renamed model: Prisma drops the table and creates a new one)
DROP TABLE "User";
--         ^^^^^^ ban-drop-table dropping table User deletes its rows for good

-- CreateTable
CREATE TABLE "Account" ("id" SERIAL NOT NULL, "email" TEXT NOT NULL, CONSTRAINT "Account_pkey" PRIMARY KEY ("id"));
