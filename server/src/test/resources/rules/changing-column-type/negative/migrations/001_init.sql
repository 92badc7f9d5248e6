CREATE TABLE orders (id integer PRIMARY KEY, name varchar(100) NOT NULL, total numeric(10, 2), placed_at timestamptz(3));
ALTER TABLE orders ALTER COLUMN id TYPE bigint;
