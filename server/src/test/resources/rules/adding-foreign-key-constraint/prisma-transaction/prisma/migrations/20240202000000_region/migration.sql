-- AlterTable
ALTER TABLE "Shop" ADD COLUMN "regionId" TEXT NOT NULL DEFAULT 'eu' REFERENCES "Region"("id");
--                                                                  ^^^^^^^^^^^^^^^^^^^^^^^^^ adding-foreign-key-constraint then VALIDATE CONSTRAINT Shop_regionId_fkey in a later migration
-- AlterTable
ALTER TABLE "Shop" ADD COLUMN "parentId" TEXT REFERENCES "Shop"("id");
