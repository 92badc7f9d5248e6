-- AlterTable
ALTER TABLE "Order" ADD COLUMN "placedAt" TIMESTAMP(3);
--          ^^^^^^^ require-timeout-settings ALTER TABLE Order waits for a lock on Order

-- CreateTable
CREATE TABLE "Note" ("id" SERIAL NOT NULL, "orderId" INTEGER NOT NULL, CONSTRAINT "Note_pkey" PRIMARY KEY ("id"));
