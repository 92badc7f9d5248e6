DROP VIEW open_orders;
DROP TABLE orders;
DROP TYPE order_status;
