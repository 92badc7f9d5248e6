-- CreateTable
CREATE TABLE "User" ("id" SERIAL NOT NULL, "name" TEXT, "error" TEXT, "startTime" TIMESTAMP(3) NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
