-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('PENDING', 'DONE', 'FAILED');
-- CreateTable
CREATE TABLE "Task" ("id" TEXT NOT NULL, "title" VARCHAR(255) NOT NULL, "status" "TaskStatus" NOT NULL, "ts" INTEGER NOT NULL, CONSTRAINT "Task_pkey" PRIMARY KEY ("id"));
