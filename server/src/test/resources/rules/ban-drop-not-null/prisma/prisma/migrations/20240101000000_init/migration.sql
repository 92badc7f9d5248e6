-- CreateTable
CREATE TABLE "TaskRun" ("id" TEXT NOT NULL, "output" TEXT NOT NULL, CONSTRAINT "TaskRun_pkey" PRIMARY KEY ("id"));
