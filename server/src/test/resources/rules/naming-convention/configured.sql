-- fixture: {"naming": {"tables": "snake_case", "columns": "snake_case", "indexes": "snake_case", "constraints": "snake_case", "plurality": "plural"}}
-- With a configured convention every name is checked, however few there are.
CREATE TABLE orders (id bigint CONSTRAINT "OrdersPkey" PRIMARY KEY, "createdAt" timestamptz NOT NULL);
--                                        ^^^^^^^^^^^^ naming-convention constraint OrdersPkey is PascalCase,
--                                                                  ^^^^^^^^^^^ naming-convention column orders.createdAt is camelCase,
CREATE TABLE "OrderNotes" (id bigint PRIMARY KEY, note_text text NOT NULL);
--           ^^^^^^^^^^^^ naming-convention table OrderNotes is PascalCase,
CREATE TABLE person (id bigint PRIMARY KEY, full_name text NOT NULL);
--           ^^^^^^ naming-convention table person is singular,
CREATE INDEX "IX_orders_created" ON orders ("createdAt");
--           ^^^^^^^^^^^^^^^^^^^ naming-convention index IX_orders_created is mixed
