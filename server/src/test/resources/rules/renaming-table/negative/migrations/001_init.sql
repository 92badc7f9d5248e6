CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(12, 2) NOT NULL);
-- a table created by the same migration: nothing uses it yet
CREATE TABLE new_items (id bigint PRIMARY KEY);
ALTER TABLE new_items RENAME TO items;
