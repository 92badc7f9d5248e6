-- CreateTable
CREATE TABLE "Order" ("id" SERIAL NOT NULL, "status" TEXT, CONSTRAINT "Order_pkey" PRIMARY KEY ("id"));

-- CreateIndex
CREATE INDEX "Order_status_idx" ON "Order"("status");
