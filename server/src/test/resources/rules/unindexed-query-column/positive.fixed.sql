CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE, name text NOT NULL, active boolean NOT NULL, deleted_at timestamptz);
CREATE INDEX users_name_idx ON users (name);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id), status text NOT NULL, total numeric(12, 2) NOT NULL);
CREATE INDEX orders_user_id_idx ON orders (user_id);
ALTER TABLE orders ADD COLUMN created_at timestamptz NOT NULL;
CREATE INDEX orders_status_created_at_total_idx ON orders (status, created_at, total);
CREATE TABLE notes (id bigint PRIMARY KEY, order_ref bigint NOT NULL, body text NOT NULL);
CREATE INDEX notes_order_ref_idx ON notes (order_ref);

SELECT id FROM orders WHERE status = $1 AND created_at > $2 ORDER BY total DESC;
--                          ^^^^^^ unindexed-query-column this query filters by columns orders.status and orders.created_at in WHERE, but no index of table orders starts with any of them, so every run reads the whole table: add CREATE INDEX orders_status_created_at_total_idx ON orders (status, created_at, total) (equality columns first, then range, then sort)
SELECT id, email FROM users WHERE lower(name) = $1 OR name LIKE 'A%';
--                                                    ^^^^ unindexed-query-column this query filters by column users.name in WHERE
SELECT id FROM orders ORDER BY created_at DESC LIMIT 10;
--                             ^^^^^^^^^^ unindexed-query-column this query returns the first rows by column orders.created_at (ORDER BY with LIMIT)
-- A join on columns no index starts with, while the query filters another table.
SELECT n.body FROM orders o JOIN notes n ON n.order_ref = o.id WHERE o.user_id = $1;
--                                            ^^^^^^^^^ unindexed-query-column this query joins table notes on column notes.order_ref
-- An unqualified column the facts cannot place goes to the only table that has it: notes is filtered by body, orders joined by its key.
SELECT o.id FROM orders o JOIN notes n ON n.order_ref = o.id WHERE body = $1;
--                                                                 ^^^^ unindexed-query-column this query filters by column notes.body in WHERE
CREATE VIEW big_orders AS SELECT id FROM orders WHERE total > 1000;
--                                                    ^^^^^ unindexed-query-column view big_orders filters by column orders.total
