-- CreateTable
CREATE TABLE "Region" ("id" TEXT NOT NULL, CONSTRAINT "Region_pkey" PRIMARY KEY ("id"));
-- CreateTable
CREATE TABLE "Shop" ("id" TEXT NOT NULL, CONSTRAINT "Shop_pkey" PRIMARY KEY ("id"));
