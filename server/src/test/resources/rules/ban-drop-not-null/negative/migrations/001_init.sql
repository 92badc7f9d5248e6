CREATE TABLE orders (id bigint PRIMARY KEY, shipping_address text NOT NULL);
-- a table created by the same migration: nothing uses it yet
ALTER TABLE orders ALTER COLUMN shipping_address DROP NOT NULL;
