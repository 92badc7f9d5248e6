ALTER TABLE orders ALTER COLUMN id TYPE bigint;
--                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^ changing-column-type ALTER COLUMN id TYPE bigint (was integer) on orders, a table that exists before this migration, rewrites every row and rebuilds the table's indexes while holding ACCESS EXCLUSIVE on orders (reads and writes wait); add a column of the new type, fill it for new rows and backfill the old ones in batches, then swap the columns
ALTER TABLE orders ALTER COLUMN name TYPE varchar(200);
ALTER TABLE orders ALTER COLUMN code TYPE text, ALTER COLUMN price TYPE numeric(12, 2);
ALTER TABLE orders ALTER COLUMN tax SET DATA TYPE numeric(12, 4);
--                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ changing-column-type
ALTER TABLE orders ALTER COLUMN note TYPE varchar(20);
--                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ changing-column-type
ALTER TABLE orders ALTER COLUMN placed_at TYPE timestamp(6), ALTER COLUMN placed_at TYPE timestamptz(3);
--                                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ changing-column-type
ALTER TABLE orders ALTER COLUMN ref TYPE varchar(20) USING ref::varchar(20);
ALTER TABLE orders ALTER COLUMN label TYPE varchar(20) USING lower(label);
--                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ changing-column-type
ALTER TABLE orders ALTER COLUMN tags TYPE varchar(20)[];
--                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ changing-column-type
ALTER TABLE legacy_orders ALTER COLUMN code TYPE varchar(20);
--                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ changing-column-type (its type before this migration is unknown
CREATE TABLE items (id integer PRIMARY KEY, qty smallint NOT NULL);
ALTER TABLE items ALTER COLUMN qty TYPE integer;
