CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, "displayName" text, deleted_at timestamptz);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id), total numeric(12, 2) NOT NULL);
ALTER TABLE orders ADD COLUMN note text;

CREATE VIEW active_users AS SELECT id, email, "displayName", deleted_at FROM users WHERE deleted_at IS NULL;
--                                 ^ select-star view active_users selects * from table users: list the columns it needs (the star is expanded once
CREATE VIEW user_orders AS
  SELECT u.id, u.email, u."displayName", u.deleted_at, o.id AS order_id FROM users u JOIN orders o ON o.user_id = u.id;
--       ^^^ select-star view user_orders selects u.* from table users
SELECT u.id, u.email, u."displayName", u.deleted_at, o.id, o.user_id, o.total, o.note FROM users u JOIN orders o ON o.user_id = u.id WHERE u.id = 1;
--     ^ select-star this query selects * from table users, table orders: list the columns it needs (every column is read and sent
-- A star over a subquery is reported without a fix.
SELECT * FROM (SELECT id, email FROM users) s;
--     ^ select-star this query selects * from s
SELECT id FROM users WHERE EXISTS (SELECT * FROM orders WHERE orders.user_id = users.id);
SELECT count(*) FROM orders;
