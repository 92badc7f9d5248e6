DROP INDEX orders_pending_created_at_idx;

ALTER TABLE products DROP CONSTRAINT products_stock_check;
