-- CreateTable
CREATE TABLE "Invoice" (
    "id" INTEGER NOT NULL,
    "total" DECIMAL(12,2) NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_total_check" CHECK ("total" >= 0);
