-- DropIndex
DROP INDEX "Order_status_idx";
--         ^^^^^^^^^^^^^^^^^^ require-timeout-settings DROP INDEX Order_status_idx
