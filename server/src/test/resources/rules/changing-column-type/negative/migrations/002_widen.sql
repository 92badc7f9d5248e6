ALTER TABLE orders ALTER COLUMN name TYPE varchar(255);
ALTER TABLE orders ALTER COLUMN total TYPE numeric(14, 2);
ALTER TABLE orders ALTER COLUMN placed_at TYPE timestamp (6) with time zone;
