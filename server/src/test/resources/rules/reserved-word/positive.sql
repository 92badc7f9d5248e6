CREATE TABLE "user" (id bigint PRIMARY KEY, email text NOT NULL);
--           ^^^^^^ reserved-word table name user
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  "order" int NOT NULL,
--^^^^^^^ reserved-word column name orders.order
  "group" text,
  "limit" int NOT NULL,
--^^^^^^^ reserved-word column name orders.limit
  CONSTRAINT "check" CHECK ("limit" > 0)
--           ^^^^^^^ reserved-word constraint name check
);
CREATE INDEX "desc" ON orders ("group");
--           ^^^^^^ reserved-word index name desc
ALTER TABLE orders RENAME COLUMN "group" TO "window";
--                                          ^^^^^^^^ reserved-word column name orders.window
