CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, created_at timestamptz NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id), total numeric(12, 2) NOT NULL);
CREATE TABLE base (id bigint PRIMARY KEY);
CREATE TABLE child (note text) INHERITS (base);
CREATE VIEW user_emails AS SELECT id, email FROM users;
-- Common table expressions, subqueries, functions, views, aliases, catalogs and other schemas are no unknown tables.
WITH recent AS (SELECT id, user_id FROM orders WHERE total > 0)
SELECT r.id, n, x.total FROM recent r, generate_series(1, 3) AS n, (SELECT sum(total) AS total FROM orders) x;
SELECT id, email FROM user_emails WHERE email LIKE '%@example.com';
SELECT relname FROM pg_class JOIN pg_catalog.pg_namespace ns ON ns.oid = relnamespace;
SELECT * FROM information_schema.tables;
SELECT * FROM auth.users;
-- Output aliases in ORDER BY and GROUP BY, whole-row references, outer columns in correlated subqueries.
SELECT date_trunc('day', created_at) AS day, count(*) AS n FROM users GROUP BY day ORDER BY n DESC;
SELECT row_to_json(u) FROM users u;
SELECT id FROM users WHERE EXISTS (SELECT 1 FROM orders WHERE user_id = users.id AND created_at > now() - interval '1 day');
SELECT id, current_user, true FROM users WHERE ctid IS NOT NULL;
-- Columns of tables whose columns are not all known (inherited), and of unknown tables, are left alone.
SELECT id, note, whatever FROM child;
-- A table created where the model does not look.
CREATE FUNCTION setup() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE TABLE scratch (id int); END $$;
SELECT id FROM scratch;
-- Sequences can be selected from, and SQL's functions without parentheses stand in FROM.
CREATE SEQUENCE invoice_numbers;
SELECT last_value FROM invoice_numbers;
SELECT * FROM current_date;
