-- fixture: {"rules": {"unindexed-query-column": {"options": {"smallTables": ["countries"]}}}}
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE, active boolean NOT NULL, deleted_at timestamptz);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id), status text NOT NULL, created_at timestamptz NOT NULL);
CREATE INDEX orders_user_id_created_at_idx ON orders (user_id, created_at);
CREATE INDEX orders_pending_idx ON orders (created_at) WHERE status = 'pending';
CREATE TABLE countries (code text PRIMARY KEY, name text NOT NULL);
-- Leading columns of the primary key, a unique constraint, an index; one indexed filter column is enough.
SELECT id FROM users WHERE id = $1;
SELECT id FROM users WHERE email = $1 AND deleted_at > now();
SELECT id FROM orders WHERE user_id = $1 AND status = 'open' ORDER BY created_at DESC LIMIT 20;
-- The columns of a partial index's predicate count.
SELECT id FROM orders WHERE status = 'pending' ORDER BY created_at LIMIT 10;
-- Booleans and IS NULL alone narrow little; small tables are scanned cheaply.
SELECT id FROM users WHERE active AND deleted_at IS NULL;
SELECT id FROM users WHERE active = true;
SELECT code FROM countries WHERE name = $1;
-- Joins without filters are hash joins; a foreign key's join columns are require-fk-index's; sorting everything needs no index.
SELECT u.email, o.id FROM users u JOIN orders o ON o.user_id = u.id;
SELECT id FROM orders ORDER BY status;
-- Comparisons the column is not itself an operand of, and columns of unknown tables.
SELECT id FROM orders WHERE lower(status) = $1 AND created_at::date = $2;
SELECT * FROM pg_stat_activity WHERE state = 'active';
