-- CreateTable
CREATE TABLE "Recipe" ("id" TEXT NOT NULL, CONSTRAINT "Recipe_pkey" PRIMARY KEY ("id"));
