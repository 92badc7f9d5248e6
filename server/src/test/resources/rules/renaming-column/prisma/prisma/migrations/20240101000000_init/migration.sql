-- CreateTable
CREATE TABLE "TaskSchedule" ("id" TEXT NOT NULL, "cron" TEXT NOT NULL, CONSTRAINT "TaskSchedule_pkey" PRIMARY KEY ("id"));
