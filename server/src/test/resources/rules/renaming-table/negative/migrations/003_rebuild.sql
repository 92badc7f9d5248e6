-- renamed aside, with a new table under the old name
ALTER TABLE orders RENAME TO orders_old;
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(12, 2) NOT NULL, currency char(3) NOT NULL DEFAULT 'EUR');
INSERT INTO orders (id, total) SELECT id, total FROM orders_old;
DROP TABLE orders_old;
